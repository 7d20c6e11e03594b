extension ParserState {
    /// Skips to the end of the current statement. A `{` with a matching `}` is skipped as a
    /// whole block, so a block written for a later version of the language is one error rather
    /// than one per line.
    mutating func skipStatement() {
        while !current.kind.isStatementTerminator {
            if current.kind == .leftBrace, let close = closingBraces[index] {
                index = close + 1
            } else {
                index += 1
            }
        }
    }

    /// Reports punctuation that is lexed but has no meaning yet.
    mutating func reportReservedPunctuation(_ token: Token) {
        let symbol = token.value
        let feature = switch token.kind {
        case .leftBrace, .rightBrace: "blocks"
        case .pipe: "pipelines"
        default: "parameter lists and expressions"
        }
        diagnostics.append(.error(
            "'\(symbol)' is reserved for \(feature), which are not supported yet", at: token.range,
            hint: "to pass \(symbol) as text, quote it ('\(symbol)') or escape it (\\\(symbol))"))
    }

    static func matchBraces(in tokens: [Token]) -> [Int: Int] {
        var open: [Int] = []
        var matches: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() {
            if token.kind == .leftBrace {
                open.append(index)
            } else if token.kind == .rightBrace, let opening = open.popLast() {
                matches[opening] = index
            }
        }
        return matches
    }
}
