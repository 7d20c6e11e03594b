extension Lexer {
    /// Lexes unquoted word text up to a blank, a quote, punctuation or a line end.
    ///
    /// A backslash escapes a blank, `;`, `#`, a quote, `{`, `}`, `(`, `)`, `|`, `$` or another
    /// backslash; before any other character it is kept, so `\xe9` stays as written for the
    /// runtime to decode. A backslash at the end of a line joins the next line on.
    mutating func lexBareword(hasLeadingTrivia: Bool) -> Token {
        let start = position
        // Most words have no escapes and no `$`: their value is their text, with no buffer to build.
        var scan = position
        while let byte = byte(at: scan), !Self.endsBareword(byte), byte != ASCII.backslash, byte != ASCII.dollar { scan += 1 }
        if scan == end || Self.endsBareword(bytes[scan]) {
            position = scan
            return Token(kind: .bareword, range: SourceRange(start: start, end: scan), value: text(start, scan),
                         hasLeadingTrivia: hasLeadingTrivia)
        }
        var value: [UInt8] = []
        var hasDollar = false
        var interpolations: [Interpolation] = []
        while let byte = byte(at: position), !Self.endsBareword(byte) {
            if byte == ASCII.backslash {
                if skipLineContinuation() { continue }
                if let escaped = self.byte(at: position + 1), Self.isEscapableInBareword(escaped) {
                    value.append(escaped)
                    position += 2
                    continue
                }
            } else if byte == ASCII.dollar {
                hasDollar = true
                if let reference = scanReference(at: position, limit: end) {
                    interpolations.append(Interpolation(
                        valueOffset: value.count, valueLength: reference.end - position, expression: reference.expression))
                    value.append(contentsOf: bytes[position..<reference.end])
                    position = reference.end
                    continue
                }
            }
            value.append(byte)
            position += 1
        }
        return Token(
            kind: .bareword, range: SourceRange(start: start, end: position),
            value: String(decoding: value, as: UTF8.self),
            hasLeadingTrivia: hasLeadingTrivia, hasUnescapedDollar: hasDollar, interpolations: interpolations)
    }

    private static func endsBareword(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.semicolon, ASCII.leftBrace, ASCII.rightBrace, ASCII.leftParen, ASCII.rightParen, ASCII.pipe,
            ASCII.singleQuote, ASCII.doubleQuote:
            true
        default:
            ASCII.isBlank(byte) || ASCII.isControl(byte)
        }
    }

    private static func isEscapableInBareword(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.semicolon, ASCII.hash, ASCII.leftBrace, ASCII.rightBrace, ASCII.leftParen, ASCII.rightParen,
            ASCII.pipe, ASCII.singleQuote, ASCII.doubleQuote, ASCII.dollar, ASCII.backslash:
            true
        default:
            ASCII.isBlank(byte)
        }
    }
}
