extension ParserState {
    /// A literal, a variable, a field name, a call, a list, or a parenthesized pipeline.
    mutating func parsePrimary() throws -> Expression {
        mode = .expression
        let token = current
        switch token.kind {
        case .number:
            advance()
            return Expression(.number(token.value), range: token.range)
        case .singleQuotedString:
            advance()
            return Expression(.string(token.value), range: token.range)
        case .doubleQuotedString:
            advance()
            return try interpolatedString(token)
        case .variable:
            advance()
            return Expression(.variable(token.value), range: token.range)
        case .identifier:
            advance()
            return try nameExpression(token)
        case .leftParen:
            advance()
            let pipeline = try parsePipeline()
            try expectClosingParenthesis(opening: token)
            return Expression(.pipeline(pipeline), range: SourceRange(start: token.range.start, end: lastEnd))
        case .leftBracket:
            advance()
            let elements = try parseList(closing: .rightBracket, what: "list")
            return Expression(.list(elements), range: SourceRange(start: token.range.start, end: lastEnd))
        case .invalid:
            // The lexer has reported it; consuming it keeps that report when the parser moves on.
            advance()
            throw SyntaxError()
        default:
            let found = token.kind == .endOfFile || token.kind == .newline ? "the end of the line" : token.described
            error("expected a value, found \(found)", at: token.range,
                  hint: "a value is a number, a \"string\", a $variable, a [list], or (a command)")
            throw SyntaxError()
        }
    }

    private mutating func nameExpression(_ token: Token) throws -> Expression {
        switch token.value {
        case "true": return Expression(.bool(true), range: token.range)
        case "false": return Expression(.bool(false), range: token.range)
        case "null": return Expression(.null, range: token.range)
        default: break
        }
        guard currentKind == .leftParen, !current.hasLeadingTrivia else {
            return Expression(.field(token.value), range: token.range)
        }
        advance()
        let arguments = try parseList(closing: .rightParen, what: "arguments of '\(token.value)'")
        return Expression(.call(token.value, arguments), range: SourceRange(start: token.range.start, end: lastEnd))
    }

    /// Comma-separated expressions up to `closing`; newlines between them are allowed.
    private mutating func parseList(closing: TokenKind, what: String) throws -> [Expression] {
        var elements: [Expression] = []
        while true {
            mode = .expression
            while currentKind == .newline { advance() }
            if take(closing) != nil { return elements }
            if !elements.isEmpty {
                guard take(.comma) != nil else {
                    error("expected ',' or \(closing) in the \(what)", at: current.range, hint: "separate items with commas: [1, 2, 3]")
                    throw SyntaxError()
                }
                while currentKind == .newline { advance() }
            }
            elements.append(try parseExpression())
        }
    }

    private mutating func interpolatedString(_ token: Token) throws -> Expression {
        guard !token.interpolations.isEmpty else { return Expression(.string(token.value), range: token.range) }
        var segments: [StringSegment] = []
        let bytes = Array(token.value.utf8)
        var offset = 0
        for interpolation in token.interpolations {
            let text = String(decoding: bytes[offset..<interpolation.valueOffset], as: UTF8.self)
            if !text.isEmpty { segments.append(.text(text)) }
            segments.append(.expression(try parseInterpolation(interpolation.expression)))
            offset = interpolation.valueOffset + interpolation.valueLength
        }
        if offset < bytes.count { segments.append(.text(String(decoding: bytes[offset...], as: UTF8.self))) }
        return Expression(.interpolated(segments), range: token.range)
    }
}
