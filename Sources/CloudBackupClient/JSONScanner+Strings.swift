import JSONText

extension JSONScanner {
    /// A string, its escapes applied; nil when the next value is not a well-formed string.
    mutating func string() -> String? {
        var plain: String?
        guard string(into: { plain = String(decoding: $0, as: UTF8.self) }) else { return nil }
        return plain
    }

    /// A string, or nil for `null`; `.none` (outer nil) when neither comes next.
    mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        return string().map { .some($0) }
    }
}

extension JSONScanner {
    /// A string's UTF-8 bytes, its escapes applied, handed to `append` (in one piece) without
    /// building a `String` when it is plain ASCII, the common case, which needs no checking beyond
    /// its bytes; false when the next value is not a well-formed string.
    mutating func string(into append: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
        let plain: Range<Int>? = bytes.withUnsafeBufferPointer { buffer in
            var end = index + 1
            while end < buffer.count, buffer[end] != UInt8(ascii: "\""), buffer[end] != UInt8(ascii: "\\"),
                  buffer[end] >= 0x20, buffer[end] < 0x80 {
                end += 1
            }
            guard end < buffer.count, buffer[end] == UInt8(ascii: "\"") else { return nil }
            append(UnsafeBufferPointer(rebasing: buffer[(index + 1)..<end]))
            return index..<(end + 1)
        }
        if let plain {
            index = plain.upperBound
            return true
        }
        // Escapes or bytes beyond ASCII: decoded and checked in full.
        guard var text = bytes.withUnsafeBufferPointer({ buffer in try? JSONString.decode(buffer, at: &index) }) else {
            return false
        }
        text.withUTF8(append)
        return true
    }
}
