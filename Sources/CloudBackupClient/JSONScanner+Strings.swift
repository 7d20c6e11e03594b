import JSONText

extension JSONScanner {
    /// A string, its escapes applied; nil when the next value is not a well-formed string.
    mutating func string() -> String? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in try? JSONString.decode(buffer, at: &index) }
    }

    /// A string, or nil for `null`; `.none` (outer nil) when neither comes next.
    mutating func optionalString() -> String?? {
        if null() { return .some(nil) }
        return string().map { .some($0) }
    }
}
