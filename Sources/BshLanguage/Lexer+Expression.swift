extension Lexer {
    /// Returns the next token of an expression: names, numbers, `$variables`, operators and
    /// punctuation, besides the strings, newlines and braces that both modes share.
    public mutating func nextExpressionToken() -> Token {
        let hasTrivia = skipTrivia()
        guard let byte = byte(at: position) else {
            let token = Token(kind: .endOfFile, range: SourceRange(at: position), value: "", hasLeadingTrivia: hasTrivia)
            previousKind = token.kind
            return token
        }
        let token: Token
        switch byte {
        case ASCII.lineFeed, ASCII.carriageReturn, ASCII.semicolon, ASCII.leftBrace, ASCII.rightBrace,
            ASCII.leftParen, ASCII.rightParen, ASCII.pipe, ASCII.singleQuote, ASCII.doubleQuote:
            return next(afterTrivia: hasTrivia)
        case ASCII.leftBracket: token = punctuation(.leftBracket, length: 1, hasTrivia)
        case ASCII.rightBracket: token = punctuation(.rightBracket, length: 1, hasTrivia)
        case ASCII.comma: token = punctuation(.comma, length: 1, hasTrivia)
        case ASCII.dot: token = punctuation(.dot, length: 1, hasTrivia)
        case ASCII.dollar: token = lexVariable(hasTrivia)
        case let byte where ASCII.isDigit(byte): token = lexNumber(hasTrivia)
        case UInt8(ascii: "-") where isNegativeNumber(at: position): token = lexNumber(hasTrivia)
        case let byte where ASCII.isNameStart(byte): token = lexRun(.identifier, hasTrivia, ASCII.isNameContinuation)
        default: token = lexOperator(hasTrivia)
        }
        previousKind = token.kind
        return token
    }

    private mutating func lexRun(_ kind: TokenKind, _ hasTrivia: Bool, _ continues: (UInt8) -> Bool) -> Token {
        let start = position
        position += 1
        while let byte = byte(at: position), continues(byte) { position += 1 }
        return Token(kind: kind, range: SourceRange(start: start, end: position), value: text(start, position),
                     hasLeadingTrivia: hasTrivia)
    }

    private mutating func lexVariable(_ hasTrivia: Bool) -> Token {
        let start = position
        position += 1
        while let byte = byte(at: position), ASCII.isNameContinuation(byte) { position += 1 }
        let name = text(start + 1, position)
        if name.isEmpty {
            diagnostics.append(.error(
                "'$' must be followed by a variable name", at: SourceRange(start: start, end: position),
                hint: "write $name, or \"\\$\" for a dollar sign"))
        }
        return Token(kind: .variable, range: SourceRange(start: start, end: position), value: name, hasLeadingTrivia: hasTrivia)
    }

    private mutating func lexOperator(_ hasTrivia: Bool) -> Token {
        let equalsFollows = byte(at: position + 1) == UInt8(ascii: "=")
        switch bytes[position] {
        case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"):
            if equalsFollows { return punctuation(.operator, length: 2, hasTrivia) }
            if bytes[position] != UInt8(ascii: "!") { return punctuation(.operator, length: 1, hasTrivia) }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return punctuation(.operator, length: 1, hasTrivia)
        default:
            break
        }
        if bytes[position] == UInt8(ascii: "!") {
            let token = punctuation(.invalid, length: 1, hasTrivia)
            diagnostics.append(.error("unexpected '!'", at: token.range, hint: "write 'not' for negation, '!=' for inequality"))
            return token
        }
        if bytes[position] == UInt8(ascii: "&") || bytes[position] == UInt8(ascii: "#") {
            let token = punctuation(.invalid, length: 1, hasTrivia)
            diagnostics.append(.error("unexpected '\(text(token.range.start, token.range.end))'", at: token.range,
                                      hint: "write 'and' and 'or' to combine conditions"))
            return token
        }
        if ASCII.isControl(bytes[position]) { return lexControlCharacter(hasLeadingTrivia: hasTrivia) }
        let length = ASCII.sequenceLength(leadingByte: bytes[position])
        let token = punctuation(.invalid, length: min(length, end - position), hasTrivia)
        diagnostics.append(.error(
            "unexpected '\(text(token.range.start, token.range.end))' in an expression", at: token.range,
            hint: "quote text: \"…\""))
        return token
    }
}
