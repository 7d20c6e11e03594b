extension ParserState {
    /// Parses statements up to the end of input, or up to the `}` closing a block (not consumed).
    mutating func parseStatements(inBlock: Bool) -> [Statement] {
        var statements: [Statement] = []
        while true {
            mode = .command
            switch currentKind {
            case .endOfFile:
                return statements
            case .newline, .semicolon:
                advance()
            case .rightBrace where inBlock:
                return statements
            case .rightBrace:
                error("unexpected '}'", at: current.range, hint: "no block is open here; remove it, or quote it ('}') to pass it as text")
                advance()
                skipStatement()
            default:
                let reported = committedDiagnosticCount
                if let statement = try? parseStatement() {
                    statements.append(statement)
                    endStatement()
                } else {
                    let failure = current.range
                    skipStatement()
                    // Never drop a statement without saying why.
                    if lexer.diagnostics.count + diagnostics.count == reported {
                        error("cannot read this statement", at: failure, hint: "quote text that is not bsh: \"…\"")
                    }
                }
            }
        }
    }

    /// After a statement: a newline, `;`, `}` or the end of input must follow.
    private mutating func endStatement() {
        let token = current
        switch token.kind {
        case .newline, .semicolon, .endOfFile, .rightBrace: return
        default:
            error("unexpected \(token.described) after the statement", at: token.range,
                  hint: "end the statement with a newline or ';' first, or quote the text ('\(token.value)')")
            skipStatement()
        }
    }

    /// Parses one statement: a keyword form or a pipeline.
    mutating func parseStatement() throws -> Statement {
        let start = current.range.start
        let kind: Statement.Kind
        let token = current
        if token.kind == .bareword, token.interpolations.isEmpty, let keyword = StatementKeyword(spelling: token.value),
            !continuesWithQuote(token) {
            advance()
            kind = try parseKeywordStatement(keyword, token: token)
        } else {
            kind = .pipeline(try parsePipeline())
        }
        return Statement(kind, range: SourceRange(start: start, end: max(start, lastEnd)))
    }

    /// Skips to the end of the current statement after an error. A `{` met on the way opens a block
    /// whose statements are still read, so that their errors are reported, and so is the block's
    /// missing `}`; an `else` or `catch` after the block's `}` belongs to the skipped statement.
    mutating func skipStatement() {
        mode = .command
        while true {
            switch currentKind {
            case .endOfFile, .newline, .semicolon, .rightBrace: return
            case .leftBrace:
                skipBlock()
                if skipNewlines(lookingFor: "else") || skipNewlines(lookingFor: "catch") { advance() }
                mode = .command
            default: advance()
            }
        }
    }

    /// Reads the block opening at the current `{` for its diagnostics; its statements are dropped.
    private mutating func skipBlock() {
        let open = current
        advance()
        // Past the limit, only the braces are counted: the depth was reported where the parser
        // went past it, or the statement holding the block already has its error.
        guard depth < Self.maximumDepth else {
            skipNestedBraces()
            return
        }
        depth += 1
        defer { depth -= 1 }
        _ = parseStatements(inBlock: true)
        if take(.rightBrace) == nil {
            error("unclosed '{'", at: open.range, hint: "close the block with '}'")
        }
    }

    /// Moves past the `}` that closes the block just opened, however deeply nested.
    private mutating func skipNestedBraces() {
        var open = 1
        while open > 0 {
            switch currentKind {
            case .endOfFile: return
            case .leftBrace: open += 1
            case .rightBrace: open -= 1
            default: break
            }
            advance()
        }
    }

    /// `{ statements }`.
    mutating func parseBlock(for owner: String) throws -> Block {
        try nest()
        defer { depth -= 1 }
        let open = current
        guard open.kind == .leftBrace else {
            error("expected '{' to start the body of '\(owner)'", at: open.range,
                  hint: "write the body in braces: \(owner) … { … }")
            throw SyntaxError()
        }
        advance()
        let statements = parseStatements(inBlock: true)
        guard currentKind == .rightBrace else {
            error("unclosed '{'", at: open.range, hint: "close the block of '\(owner)' with '}'")
            throw SyntaxError()
        }
        advance()
        return Block(statements: statements, range: SourceRange(start: open.range.start, end: lastEnd))
    }

    /// True for `let"x"`: one word that only starts like a keyword. (A bareword ends at a quote; any
    /// other character that joins it would have been part of the bareword.)
    private func continuesWithQuote(_ token: Token) -> Bool {
        let next = lexer.byte(at: token.range.end)
        return next == ASCII.singleQuote || next == ASCII.doubleQuote
    }

    /// Skips newlines and reports whether the next word is `keyword`; used for `else` and `catch`,
    /// which may start on the line after a `}`.
    mutating func skipNewlines(lookingFor keyword: String) -> Bool {
        mode = .command
        let saved = self
        while currentKind == .newline { advance() }
        if atKeyword(keyword) { return true }
        self = saved
        return false
    }
}

/// The words that start a statement other than a command.
enum StatementKeyword: String {
    case `let`, set, `if`, `for`, `while`, `break`, `continue`, `return`, def, expect, `try`, on, `else`, `catch`

    /// The keyword spelled `text`. Every command word is looked up, so the first letter picks the one
    /// candidate to compare instead of a string switch comparing all fourteen.
    init?(spelling text: String) {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.count <= 8, let first = utf8.first else { return nil }
        let candidate: StatementKeyword? = switch first {
        case UInt8(ascii: "l"): .let
        case UInt8(ascii: "s"): .set
        case UInt8(ascii: "i"): .if
        case UInt8(ascii: "f"): .for
        case UInt8(ascii: "w"): .while
        case UInt8(ascii: "b"): .break
        case UInt8(ascii: "c"): utf8.count == 5 ? .catch : .continue
        case UInt8(ascii: "r"): .return
        case UInt8(ascii: "d"): .def
        case UInt8(ascii: "e"): utf8.count == 4 ? .else : .expect
        case UInt8(ascii: "t"): .try
        case UInt8(ascii: "o"): .on
        default: nil
        }
        guard let candidate, candidate.rawValue == text else { return nil }
        self = candidate
    }
}
