/// Decoding of JSON string literals (RFC 8259, section 7), shared by the value parser and the
/// client's document scanner so that both read every string alike.
public enum JSONString {
    /// Why a string literal is not well-formed, and at which byte offset.
    public struct Failure: Error, Equatable, Sendable {
        /// The kinds of malformed string.
        public enum Kind: Equatable, Sendable {
            /// No closing quote; the offset is the opening quote's.
            case unterminated
            /// A byte below 0x20 written as is; the offset is the byte's.
            case controlCharacter
            /// A backslash followed by this byte, which starts no escape; the offset is the backslash's.
            case invalidEscape(UInt8)
            /// `\u` without four hex digits after it; the offset is the backslash's.
            case badHexDigits
            /// A `\u` escape of half a surrogate pair; the offset is the backslash's.
            case unpairedSurrogate
            /// Bytes that are not UTF-8; the offset is the opening quote's.
            case invalidUTF8
        }

        public let kind: Kind
        public let offset: Int

        public init(kind: Kind, offset: Int) {
            self.kind = kind
            self.offset = offset
        }
    }

    /// The string whose opening quote is at `index`, its escapes applied; `index` ends just past
    /// the closing quote.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(Failure) -> String {
        let start = index
        var offset = index + 1
        // Most strings have no escapes: their bytes are the string, with no buffer to build.
        var end = offset
        while end < bytes.count, bytes[end] != quote, bytes[end] != backslash, bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == quote {
            guard let text = String(validating: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) else {
                throw Failure(kind: .invalidUTF8, offset: start)
            }
            index = end + 1
            return text
        }
        var buffer = Array(bytes[offset..<end])
        offset = end
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case quote:
                guard let text = String(validating: buffer, as: UTF8.self) else { throw Failure(kind: .invalidUTF8, offset: start) }
                index = offset + 1
                return text
            case backslash:
                try appendEscape(bytes, at: &offset, to: &buffer)
            case 0..<0x20:
                throw Failure(kind: .controlCharacter, offset: offset)
            default:
                buffer.append(byte)
                offset += 1
            }
        }
        throw Failure(kind: .unterminated, offset: start)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// Applies the escape whose backslash is at `offset`, moving past it.
    private static func appendEscape(
        _ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int, to buffer: inout [UInt8]
    ) throws(Failure) {
        let start = offset
        guard offset + 1 < bytes.count else { throw Failure(kind: .unterminated, offset: start) }
        let letter = bytes[offset + 1]
        offset += 2
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            buffer.append(simple)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw Failure(kind: .invalidEscape(letter), offset: start) }
        let unit = try hex4(bytes, at: &offset, escape: start)
        let scalar: Unicode.Scalar?
        switch unit {
        case 0xD800...0xDBFF:
            guard offset + 1 < bytes.count, bytes[offset] == backslash, bytes[offset + 1] == UInt8(ascii: "u") else {
                throw Failure(kind: .unpairedSurrogate, offset: start)
            }
            let lowStart = offset
            offset += 2
            let low = try hex4(bytes, at: &offset, escape: lowStart)
            guard (0xDC00...0xDFFF).contains(low) else { throw Failure(kind: .unpairedSurrogate, offset: start) }
            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            throw Failure(kind: .unpairedSurrogate, offset: start)
        default:
            scalar = Unicode.Scalar(unit)
        }
        guard let scalar else { throw Failure(kind: .unpairedSurrogate, offset: start) }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int, escape: Int) throws(Failure) -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard offset < bytes.count, let digit = hexDigit(bytes[offset]) else { throw Failure(kind: .badHexDigits, offset: escape) }
            unit = unit << 4 | digit
            offset += 1
        }
        return unit
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
