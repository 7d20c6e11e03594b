import TextDistance

extension ParserState {
    /// One stage after `|`.
    mutating func parseFilter() throws -> Filter {
        mode = .command
        let token = current
        guard token.kind == .bareword, token.interpolations.isEmpty else {
            error("expected a filter after '|', found \(token.kind)", at: token.range, hint: Self.filterHint)
            throw SyntaxError()
        }
        advance()
        let kind: Filter.Kind
        switch token.value {
        case "where":
            kind = .where(try parseCondition(for: "where"))
        case "sort":
            var field = try optionalName()
            var descending = false
            if field == "desc" || field == "asc" {
                descending = field == "desc"
                field = nil
            } else if let order = try optionalName() {
                guard order == "desc" || order == "asc" else {
                    error("expected 'asc' or 'desc', found '\(order)'", at: SourceRange(start: token.range.start, end: lastEnd),
                          hint: "as in: sort bytes desc")
                    throw SyntaxError()
                }
                descending = order == "desc"
            }
            kind = .sort(field: field, descending: descending)
        case "first", "last":
            mode = .expression
            let count = currentKind.endsPipelineStage ? nil : try parseExpression()
            kind = token.value == "first" ? .first(count) : .last(count)
        case "select":
            var fields: [String] = []
            while let field = try optionalName() { fields.append(field) }
            guard !fields.isEmpty else {
                error("'select' needs at least one field", at: token.range, hint: "as in: select name id")
                throw SyntaxError()
            }
            kind = .select(fields)
        case "count":
            kind = .count
        case "each":
            kind = .each(try parseBlock(for: "each"))
        case "unique":
            kind = .unique(try optionalName())
        case "to":
            guard let format = try optionalName(), format == "json" || format == "csv" else {
                error("'to' needs a format: json or csv", at: SourceRange(start: token.range.start, end: lastEnd), hint: "as in: to csv")
                throw SyntaxError()
            }
            kind = .to(format)
        default:
            let close = EditDistance.near(token.value, in: Filter.names)
            let suggestion = close.first.map { "did you mean '\($0)'? " } ?? ""
            error("unknown filter '\(token.value)'", at: token.range, hint: suggestion + Self.filterHint)
            throw SyntaxError()
        }
        mode = .command
        return Filter(kind, range: SourceRange(start: token.range.start, end: lastEnd))
    }

    private static let filterHint = "after '|' comes a filter: " + Filter.names.joined(separator: ", ")

    /// A field name or keyword word, if one comes before the end of the stage.
    private mutating func optionalName() throws -> String? {
        mode = .command
        let token = current
        guard token.kind.isWordPart else { return nil }
        let word = try parseWord()
        guard word.isLiteral else {
            error("expected a field name, found '\(word.value)'", at: word.range, hint: "write field names as they are: select name id")
            throw SyntaxError()
        }
        return word.value
    }
}

extension TokenKind {
    /// True for the tokens after which a filter's optional argument is absent.
    var endsPipelineStage: Bool {
        endsStatementInBlock || self == .pipe || self == .rightParen || self == .leftBrace
    }
}
