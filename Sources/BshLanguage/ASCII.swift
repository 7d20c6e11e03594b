/// The bytes the lexer and source handling care about. All syntax is ASCII, so the lexer can
/// work on UTF-8 bytes and never split a multi-byte character.
enum ASCII {
    static let tab: UInt8 = 0x09
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let doubleQuote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let dollar: UInt8 = 0x24
    static let singleQuote: UInt8 = 0x27
    static let leftParen: UInt8 = 0x28
    static let rightParen: UInt8 = 0x29
    static let semicolon: UInt8 = 0x3B
    static let backslash: UInt8 = 0x5C
    static let leftBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let rightBrace: UInt8 = 0x7D
    static let delete: UInt8 = 0x7F
    static let leftBracket: UInt8 = 0x5B
    static let rightBracket: UInt8 = 0x5D
    static let dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let underscore: UInt8 = 0x5F

    /// True for the bytes that can start a name: ASCII letters and `_`.
    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == underscore
    }

    /// True for the bytes that can continue a name: letters, digits and `_`.
    static func isNameContinuation(_ byte: UInt8) -> Bool {
        isNameStart(byte) || isDigit(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    static let letterN: UInt8 = 0x6E
    static let letterT: UInt8 = 0x74
    static let letterU: UInt8 = 0x75

    /// Space or tab: the whitespace that separates words.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// C0 controls and DEL, other than tab. Line feeds are included; callers handle them first.
    static func isControl(_ byte: UInt8) -> Bool {
        (byte < space && byte != tab) || byte == delete
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }
}

extension ASCII {
    /// `U+0007` style name of a byte's code point.
    static func codePointName(_ byte: UInt8) -> String {
        let digits = hex(byte).uppercased()
        return "U+" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// Lower-case hex digits of a byte, without leading zeros.
    static func hex(_ byte: UInt8) -> String {
        String(byte, radix: 16)
    }

    /// The length of the UTF-8 sequence that starts with `byte`.
    static func sequenceLength(leadingByte byte: UInt8) -> Int {
        switch byte {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }
}
