extension ParserState {
    /// A command or an expression, then any `| filter` stages.
    mutating func parsePipeline() throws -> Pipeline {
        try nest()
        defer { depth -= 1 }
        // Only a name can start a command. After `=` the next token was looked at as an expression: a
        // value such as `$i + 1` is then not lexed again as a shell word, interpolations and all.
        let startsCommand: Bool
        if mode == .expression, currentKind != .identifier {
            startsCommand = false
        } else {
            mode = .command
            startsCommand = isCommandStart()
        }
        let start = current.range.start
        let source: Pipeline.Source
        if startsCommand {
            source = .command(try parseCommand())
        } else {
            mode = .expression
            if currentKind.endsStatementInBlock {
                error("expected a command or a value, found \(currentKind)", at: current.range,
                      hint: "as in: let n = 3, or let r = browse /etc")
                throw SyntaxError()
            }
            source = .expression(try parseExpression())
        }
        var filters: [Filter] = []
        while currentKind == .pipe {
            advance()
            filters.append(try parseFilter())
        }
        return Pipeline(source: source, filters: filters, range: SourceRange(start: start, end: lastEnd))
    }

    /// True when the current token starts a command rather than a value: an unquoted word starting
    /// with a letter that is not `true`, `false`, `null` or `not`, and not a call such as `len(…)`.
    /// The names that begin a value rather than a command: `true`, `false`, `null` and `not`.
    static func startsValue(_ name: String) -> Bool {
        switch name {
        case "true", "false", "null", "not": true
        default: false
        }
    }

    private mutating func isCommandStart() -> Bool {
        let token = current
        guard token.kind == .bareword, token.interpolations.isEmpty, let first = token.value.utf8.first,
            ASCII.isNameStart(first)
        else { return false }
        if Self.startsValue(token.value) { return false }
        // `len(…)` is a call: a '(' right after the name.
        return lexer.byte(at: token.range.end) != ASCII.leftParen
    }

    /// A command name and its argument words, up to the end of the statement, a `|`, or a brace or
    /// parenthesis that belongs to the surrounding syntax.
    mutating func parseCommand() throws -> Command {
        mode = .command
        let name = try parseWord()
        var arguments: [Word] = []
        while currentKind.isWordPart || currentKind == .leftParen {
            arguments.append(try parseWord())
        }
        if currentKind == .invalid { throw SyntaxError() }
        return Command(name: name, arguments: arguments)
    }

    /// A word: adjacent word parts and `(pipeline)` groups with no blank between them.
    mutating func parseWord() throws -> Word {
        mode = .command
        let first = current
        if first.kind.isWordPart, first.interpolations.isEmpty {
            advance()
            if !(currentKind.isWordPart || currentKind == .leftParen) || current.hasLeadingTrivia {
                // The common case: one plain part.
                return Word(value: first.value, isQuoted: first.kind.isQuoted, range: first.range,
                            hasUnescapedDollar: first.hasUnescapedDollar)
            }
            return try parseWordParts(startingWith: first)
        }
        return try parseWordParts(startingWith: nil)
    }

    /// A word of several parts, or with references; `consumed` is its first part when already taken.
    private mutating func parseWordParts(startingWith consumed: Token?) throws -> Word {
        mode = .command
        let start = consumed?.range.start ?? current.range.start
        var text = ""
        var segments: [StringSegment] = []
        var isQuoted = false, hasDollar = false
        if let consumed {
            isQuoted = consumed.kind.isQuoted
            hasDollar = consumed.hasUnescapedDollar
            text = consumed.value
            segments = [.text(consumed.value)]
        }
        repeat {
            let token = current
            if token.kind == .leftParen {
                advance()
                let pipeline = try parsePipeline()
                try expectClosingParenthesis(opening: token)
                segments.append(.expression(Expression(.pipeline(pipeline), range: SourceRange(start: token.range.start, end: lastEnd))))
                text += "(…)"
            } else {
                advance()
                isQuoted = isQuoted || token.kind.isQuoted
                hasDollar = hasDollar || token.hasUnescapedDollar
                text += token.value
                segments += try wordSegments(of: token)
            }
            mode = .command
        } while (currentKind.isWordPart || currentKind == .leftParen) && !current.hasLeadingTrivia
        let isPlain = segments.allSatisfy { if case .text = $0 { true } else { false } }
        return Word(value: text, isQuoted: isQuoted, range: SourceRange(start: start, end: lastEnd),
                    hasUnescapedDollar: hasDollar, segments: isPlain ? [] : Self.merged(segments))
    }

    mutating func expectClosingParenthesis(opening: Token) throws {
        mode = .command
        guard take(.rightParen) != nil else {
            error("expected ')' to close '('", at: currentKind == .endOfFile ? opening.range : current.range,
                  hint: "a '(' … ')' holds one command or value, as in: echo (agents | count)")
            throw SyntaxError()
        }
    }

    /// A token's text split around its `$…` references, each parsed as an expression.
    private mutating func wordSegments(of token: Token) throws -> [StringSegment] {
        guard !token.interpolations.isEmpty else { return [.text(token.value)] }
        var segments: [StringSegment] = []
        let bytes = Array(token.value.utf8)
        var offset = 0
        for interpolation in token.interpolations {
            segments.append(.text(String(decoding: bytes[offset..<interpolation.valueOffset], as: UTF8.self)))
            segments.append(.expression(try parseInterpolation(interpolation.expression)))
            offset = interpolation.valueOffset + interpolation.valueLength
        }
        segments.append(.text(String(decoding: bytes[offset...], as: UTF8.self)))
        return segments
    }

    /// Parses the expression of a `${…}` or `$name…` reference, which must be used up entirely.
    mutating func parseInterpolation(_ range: SourceRange) throws -> Expression {
        var sub = subparser(for: range)
        defer {
            diagnostics += sub.sortedDiagnostics()
        }
        if sub.currentKind == .endOfFile {
            sub.error("empty '${}'", at: SourceRange(start: range.start - 2, end: range.end + 1), hint: "write an expression inside, as in ${a.name}")
            throw SyntaxError()
        }
        let expression = try sub.parseExpression()
        guard sub.currentKind == .endOfFile else {
            sub.error("unexpected \(sub.currentKind) '\(sub.current.value)' in '${…}'", at: sub.current.range,
                      hint: "a '${…}' holds one expression, as in ${len($r.items)}")
            throw SyntaxError()
        }
        return expression
    }

    /// Joins adjacent text segments and drops empty ones.
    private static func merged(_ segments: [StringSegment]) -> [StringSegment] {
        var result: [StringSegment] = []
        for segment in segments {
            if case .text(let text) = segment {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + text)
                    continue
                }
            }
            result.append(segment)
        }
        return result
    }
}

extension Pipeline {
    /// For `for a in agents parallel 16 { … }`: a command's trailing `parallel N` words, split off.
    func splittingParallelClause() -> (Pipeline, Expression)? {
        guard filters.isEmpty, case .command(var command) = source, command.arguments.count >= 2 else { return nil }
        let keyword = command.arguments[command.arguments.count - 2]
        let count = command.arguments[command.arguments.count - 1]
        guard keyword.value == "parallel", !keyword.isQuoted, keyword.isLiteral else { return nil }
        let limit = count.soleExpression ?? Expression(.number(count.value), range: count.range)
        command.arguments.removeLast(2)
        command = Command(name: command.name, arguments: command.arguments)
        return (Pipeline(source: .command(command), range: command.range), limit)
    }
}
