/// The strings of the JSON parser.
extension JSONValueParser {
    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// Parses a string starting at its opening quote.
    mutating func parseString() throws -> String {
        let start = offset
        offset += 1
        // Fast path: no escapes, so the bytes between the quotes are the string.
        var end = offset
        while end < bytes.count, bytes[end] != Self.quote, bytes[end] != Self.backslash, bytes[end] >= 0x20 { end += 1 }
        var buffer = Array(bytes[offset..<end])
        offset = end
        while true {
            guard let byte = next else { throw error("unterminated string", at: start) }
            switch byte {
            case Self.quote:
                offset += 1
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw error("invalid utf-8 in the string", at: start)
                }
                return text
            case Self.backslash:
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw error("control character in a string (write it as an escape like \\n)")
            default:
                buffer.append(byte)
                offset += 1
            }
        }
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws {
        let start = offset
        offset += 1
        guard let byte = next else { throw error("unterminated string", at: start) }
        offset += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
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
        guard byte == UInt8(ascii: "u") else { throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))'", at: start) }
        let unit = try parseHex4(escapeStart: start)
        var scalar: Unicode.Scalar?
        switch unit {
        case 0xD800...0xDBFF:
            guard next == Self.backslash, offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                throw error("unpaired surrogate in \\u escape", at: start)
            }
            offset += 2
            let low = try parseHex4(escapeStart: offset - 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape", at: start) }
            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        case 0xDC00...0xDFFF:
            throw error("unpaired surrogate in \\u escape", at: start)
        default:
            scalar = Unicode.Scalar(unit)
        }
        guard let scalar else { throw error("invalid \\u escape", at: start) }
        UTF8.encode(scalar) { buffer.append($0) }
    }

    mutating func parseHex4(escapeStart: Int) throws -> UInt32 {
        var unit: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = next, let digit = Self.hexDigit(byte) else {
                throw error("\\u escape needs four hex digits", at: escapeStart)
            }
            unit = unit << 4 | digit
            offset += 1
        }
        return unit
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
