/// Builds a `Program` from source text.
///
/// The parser recovers from errors: a statement it cannot parse is reported, skipped up to the
/// next newline or `;`, and parsing goes on, so one call reports every error in the file.
public enum Parser {
    /// Parses a whole file. Check `hasErrors` on the result before running the program.
    public static func parse(_ source: SourceFile) -> ParseResult {
        let (tokens, lexerDiagnostics) = Lexer.tokenize(source)
        var state = ParserState(tokens: tokens)
        let program = state.parseProgram()
        let diagnostics = (lexerDiagnostics + state.diagnostics).enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
        return ParseResult(program: program, diagnostics: diagnostics)
    }
}

/// The parser's position in a token list and what it has reported.
struct ParserState {
    let tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []
    /// For each `{` that has a matching `}`, the index of that `}`; used to skip whole blocks.
    let closingBraces: [Int: Int]

    init(tokens: [Token]) {
        self.tokens = tokens
        self.closingBraces = Self.matchBraces(in: tokens)
    }

    var current: Token { tokens[index] }

    mutating func parseProgram() -> Program {
        var statements: [Statement] = []
        while current.kind != .endOfFile {
            if current.kind == .newline || current.kind == .semicolon {
                index += 1
            } else if let statement = parseStatement() {
                statements.append(statement)
            } else {
                skipStatement()
            }
        }
        return Program(statements: statements)
    }

    /// Parses the statement at the current token, or returns nil after reporting why it cannot.
    private mutating func parseStatement() -> Statement? {
        parseCommand().map(Statement.command)
    }

    private mutating func parseCommand() -> Command? {
        var words: [Word] = []
        while !current.kind.isStatementTerminator {
            guard current.kind.isWordPart else {
                if current.kind.isReservedPunctuation { reportReservedPunctuation(current) }
                // An `.invalid` token has been reported by the lexer already.
                return nil
            }
            words.append(parseWord())
        }
        guard let name = words.first else { return nil }
        return Command(name: name, arguments: Array(words.dropFirst()))
    }

    /// Joins the word part at the current token with the parts directly after it.
    private mutating func parseWord() -> Word {
        let first = current
        var parts = [first]
        index += 1
        while current.kind.isWordPart, !current.hasLeadingTrivia {
            parts.append(current)
            index += 1
        }
        return Word(
            value: parts.map(\.value).joined(),
            isQuoted: parts.contains { $0.kind.isQuoted },
            range: first.range.union(parts[parts.count - 1].range),
            hasUnescapedDollar: parts.contains { $0.hasUnescapedDollar })
    }
}
