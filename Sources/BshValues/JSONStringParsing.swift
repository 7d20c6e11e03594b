import JSONText

/// The strings of the JSON parser.
extension JSONValueParser {
    /// Parses a string starting at its opening quote.
    mutating func parseString() throws -> String {
        do {
            return try JSONString.decode(bytes, at: &offset)
        } catch {
            throw self.error(Self.message(for: error.kind), at: error.offset)
        }
    }

    private static func message(for kind: JSONString.Failure.Kind) -> String {
        switch kind {
        case .unterminated: "unterminated string"
        case .controlCharacter: "control character in a string (write it as an escape like \\n)"
        case .invalidEscape(let byte): "invalid escape '\\\(Character(Unicode.Scalar(byte)))'"
        case .badHexDigits: "\\u escape needs four hex digits"
        case .unpairedSurrogate: "unpaired surrogate in \\u escape"
        case .invalidUTF8: "invalid utf-8 in the string"
        }
    }
}
