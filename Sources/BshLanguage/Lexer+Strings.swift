extension Lexer {
    /// Lexes `'…'`: every character up to the next `'` is literal.
    mutating func lexSingleQuotedString(hasLeadingTrivia: Bool) -> Token {
        let start = position
        let close = firstOffset(of: ASCII.singleQuote, from: start + 1)
        let contentEnd = close ?? endOfLine(from: start)
        if close == nil { reportUnterminatedString(start: start, end: contentEnd, quote: "'") }

        var value: [UInt8] = []
        var offset = start + 1
        while offset < contentEnd {
            offset = appendStringCharacter(at: offset, into: &value, escapeHint: "write it in a double-quoted string as")
        }
        position = close.map { $0 + 1 } ?? contentEnd
        return Token(
            kind: .singleQuotedString, range: SourceRange(start: start, end: position),
            value: String(decoding: value, as: UTF8.self),
            hasLeadingTrivia: hasLeadingTrivia, isUnterminated: close == nil)
    }

    /// Lexes `"…"`, applying the escapes `\\ \" \n \t \$ \u{…}`. Any other backslash is kept
    /// with the character after it.
    mutating func lexDoubleQuotedString(hasLeadingTrivia: Bool) -> Token {
        let start = position
        let close = closingDoubleQuote(from: start + 1)
        let contentEnd = close ?? endOfLine(from: start)
        if close == nil { reportUnterminatedString(start: start, end: contentEnd, quote: "\"") }

        var value: [UInt8] = []
        var hasDollar = false
        var interpolations: [Interpolation] = []
        var offset = start + 1
        while offset < contentEnd {
            switch bytes[offset] {
            case ASCII.backslash:
                offset = lexEscape(at: offset, contentEnd: contentEnd, into: &value)
            case ASCII.dollar:
                hasDollar = true
                if let reference = scanReference(at: offset, limit: contentEnd) {
                    interpolations.append(Interpolation(
                        valueOffset: value.count, valueLength: reference.end - offset, expression: reference.expression))
                    value.append(contentsOf: bytes[offset..<reference.end])
                    offset = reference.end
                } else {
                    value.append(ASCII.dollar)
                    offset += 1
                }
            default:
                offset = appendStringCharacter(at: offset, into: &value, escapeHint: "write it as")
            }
        }
        position = close.map { $0 + 1 } ?? contentEnd
        return Token(
            kind: .doubleQuotedString, range: SourceRange(start: start, end: position),
            value: String(decoding: value, as: UTF8.self),
            hasLeadingTrivia: hasLeadingTrivia, hasUnescapedDollar: hasDollar, isUnterminated: close == nil,
            interpolations: interpolations)
    }

    /// Appends the string character at `offset` and returns the offset after it. A `\r\n` line
    /// ending becomes `\n`, so a string's value does not depend on the file's line endings.
    private mutating func appendStringCharacter(at offset: Int, into value: inout [UInt8], escapeHint: String) -> Int {
        let byte = bytes[offset]
        if byte == ASCII.carriageReturn, self.byte(at: offset + 1) == ASCII.lineFeed {
            value.append(ASCII.lineFeed)
            return offset + 2
        }
        if ASCII.isControl(byte), byte != ASCII.lineFeed {
            diagnostics.append(.error(
                "control character \(ASCII.codePointName(byte)) in string",
                at: SourceRange(start: offset, end: offset + 1),
                hint: "\(escapeHint) \\u{\(ASCII.hex(byte))}"))
        }
        value.append(byte)
        return offset + 1
    }

    /// Applies the escape at `offset` (a backslash) and returns the offset after it.
    private mutating func lexEscape(at offset: Int, contentEnd: Int, into value: inout [UInt8]) -> Int {
        let escaped = offset + 1 < contentEnd ? bytes[offset + 1] : nil
        switch escaped {
        case ASCII.backslash, ASCII.doubleQuote, ASCII.dollar:
            value.append(escaped!)
        case ASCII.letterN:
            value.append(ASCII.lineFeed)
        case ASCII.letterT:
            value.append(ASCII.tab)
        case ASCII.letterU:
            return lexUnicodeEscape(at: offset, contentEnd: contentEnd, into: &value)
        default:
            // Unknown escapes such as `\xe9` are the runtime's to interpret; keep them whole.
            value.append(ASCII.backslash)
            return offset + 1
        }
        return offset + 2
    }

    private mutating func reportUnterminatedString(start: Int, end: Int, quote: String) {
        diagnostics.append(.error(
            "unterminated string", at: SourceRange(start: start, end: end), hint: "close the string with \(quote)"))
    }

    private func firstOffset(of target: UInt8, from offset: Int) -> Int? {
        bytes[offset..<max(offset, end)].firstIndex(of: target)
    }

    /// The offset of the `"` that closes a string whose content starts at `offset`, skipping
    /// escaped characters and `${…}` expressions (which may hold strings of their own).
    private func closingDoubleQuote(from offset: Int) -> Int? {
        var offset = offset
        while let byte = byte(at: offset) {
            if byte == ASCII.doubleQuote { return offset }
            if byte == ASCII.dollar, self.byte(at: offset + 1) == ASCII.leftBrace,
                let close = matchingBrace(after: offset + 1, limit: end) {
                offset = close + 1
                continue
            }
            offset += byte == ASCII.backslash ? 2 : 1
        }
        return nil
    }
}
