import NumberText

extension Lexer {
    /// Lexes a number: digits with any unit (`42`, `1.5`, `2.5e-3`, `10MB`, `1m30s`), after a `-` when
    /// `isNegativeNumber` allows one. Whether the text is a number the evaluator decides; a number too
    /// large for any value is reported here, so that `bsh check` finds it too.
    mutating func lexNumber(_ hasTrivia: Bool) -> Token {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        while let byte = byte(at: position) {
            let followedByDigit = self.byte(at: position + 1).map(ASCII.isDigit) ?? false
            if byte == ASCII.dot || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                // `1.5` is one number, but in `$r.items[0].name` the dot after `0]` is not reached here;
                // a dot is part of a number only when a digit follows it, a sign only in an exponent.
                guard followedByDigit, byte == ASCII.dot || endsMantissa(start, position) else { break }
            } else if !ASCII.isNameContinuation(byte) {
                break
            }
            position += 1
        }
        let token = Token(kind: .number, range: SourceRange(start: start, end: position), value: text(start, position),
                          hasLeadingTrivia: hasTrivia)
        // The shortest literal too large for its kind has four characters (`1e7T`).
        if position - start >= 4, case .tooLarge(let kind) = NumberReading(Array(bytes[start..<position])) {
            diagnostics.append(.error("\(kind.rawValue) too large: '\(token.value)'", at: token.range, hint: Self.limits[kind]))
        }
        return token
    }

    private static let limits: [NumberReading.Kind: String] = [
        .number: "whole numbers go from -9223372036854775808 to 9223372036854775807, decimals up to about 1.8e308",
        .size: "sizes go up to 9223372036854775807 bytes, about 8 EiB",
        .duration: "durations go up to about 292 million years",
    ]

    /// Whether a `-` at `position` starts a negative number: a digit follows, and the token before
    /// it does not end an operand (so `$a -1` still subtracts). `-9223372036854775808` needs this.
    func isNegativeNumber(at position: Int) -> Bool {
        guard byte(at: position + 1).map(ASCII.isDigit) ?? false else { return false }
        switch previousKind {
        case .number, .identifier, .variable, .rightParen, .rightBracket, .singleQuotedString, .doubleQuotedString: return false
        default: return true
        }
    }

    /// Whether `start..<end` is a decimal mantissa and an exponent mark: `[-]digits[.digits](e|E)`.
    private func endsMantissa(_ start: Int, _ end: Int) -> Bool {
        guard end - 1 > start, bytes[end - 1] | 0x20 == UInt8(ascii: "e") else { return false }
        var index = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
        var sawDot = false
        while index < end - 1 {
            if bytes[index] == ASCII.dot, !sawDot {
                sawDot = true
            } else if !ASCII.isDigit(bytes[index]) {
                return false
            }
            index += 1
        }
        return true
    }
}
