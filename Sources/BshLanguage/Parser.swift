/// Builds a `Program` from source text.
///
/// The parser recovers from errors: a statement it cannot parse is reported, skipped up to the
/// next newline or `;` (a `{ … }` block as a whole), and parsing goes on, so one call reports every
/// error in the file.
public enum Parser {
    /// The largest script, in bytes: source offsets are kept in 32 bits (see `SourceRange`).
    public static let maximumSourceSize = Int(UInt32.max)

    /// Parses a whole file. Check `hasErrors` on the result before running the program.
    public static func parse(_ source: SourceFile) -> ParseResult {
        tooLarge(source) ?? parse(Lexer(source))
    }

    /// Parses parts of one file, each on its own, such as a runbook's code blocks: offsets, lines and
    /// columns stay the file's, and nothing outside the parts is read.
    public static func parse(_ source: SourceFile, parts: [SourceRange]) -> [ParseResult] {
        if let refused = tooLarge(source) { return parts.map { _ in refused } }
        let bytes = Array(source.text.utf8)
        return parts.map { parse(Lexer(bytes: bytes, range: $0)) }
    }

    private static func parse(_ lexer: Lexer) -> ParseResult {
        var state = ParserState(lexer: lexer)
        let program = Program(statements: state.parseStatements(inBlock: false))
        return ParseResult(program: program, diagnostics: state.sortedDiagnostics())
    }

    private static func tooLarge(_ source: SourceFile) -> ParseResult? {
        guard source.text.utf8.count > maximumSourceSize else { return nil }
        let error = Diagnostic.error(
            "the script is larger than 4 GiB", at: SourceRange(at: 0), hint: "split it into files and 'source' them")
        return ParseResult(program: Program(), diagnostics: [error])
    }
}

/// The parser's position in the source and what it has reported. Tokens are lexed on demand,
/// in the mode the grammar calls for at that point: words for commands, finer tokens for expressions.
struct ParserState {
    enum Mode { case command, expression }

    var lexer: Lexer
    var diagnostics: [Diagnostic] = []
    /// How the next token is lexed; changing it re-lexes a token looked at but not consumed.
    var mode = Mode.command
    /// The end offset of the last token consumed, where a statement or expression being built ends.
    var lastEnd = 0
    /// How deeply blocks, pipelines and expressions are nested here; bounded, so that no input can
    /// exhaust the stack of this recursive-descent parser.
    var depth = 0
    static let maximumDepth = 128
    // A plain token and a flag rather than an optional: checking an optional token for nil goes
    // through the token's value witnesses, which shows in the parser's profile.
    private var lookahead = Token(kind: .endOfFile, range: SourceRange(at: 0), value: "")
    private var hasLookahead = false
    private var lookaheadMode = Mode.command
    private var beforeLookahead: Lexer.Checkpoint

    init(lexer: Lexer) {
        self.lexer = lexer
        self.beforeLookahead = lexer.checkpoint
        self.lastEnd = lexer.position
    }

    /// The next token, lexed in the current mode.
    var current: Token {
        mutating get {
            fillLookahead()
            return lookahead
        }
    }

    /// The kind of the next token, without copying the token.
    var currentKind: TokenKind {
        mutating get {
            fillLookahead()
            return lookahead.kind
        }
    }

    private mutating func fillLookahead() {
        if hasLookahead {
            if lookaheadMode == mode { return }
            lexer.rewind(to: beforeLookahead)
        }
        beforeLookahead = lexer.checkpoint
        lookahead = mode == .command ? lexer.next() : lexer.nextExpressionToken()
        hasLookahead = true
        lookaheadMode = mode
    }

    /// Consumes the current token.
    mutating func advance() {
        fillLookahead()
        lastEnd = lookahead.range.end
        hasLookahead = false
    }

    /// Consumes the current token when it has this kind.
    mutating func take(_ kind: TokenKind) -> Token? {
        guard currentKind == kind else { return nil }
        let token = current
        advance()
        return token
    }

    /// True when the current token is the name `word`, unquoted, in either mode.
    mutating func atKeyword(_ word: String) -> Bool {
        let token = current
        return (token.kind == .identifier || token.kind == .bareword && token.interpolations.isEmpty) && token.value == word
    }

    /// How many operators and accesses the expressions being parsed chain together. Their trees
    /// nest one level per link, which whatever walks them later recurses through.
    var chainLength = 0
    static let maximumChainLength = 1000

    /// Adds a link to an operator or access chain; a syntax error past `maximumChainLength`. Pair with
    /// `chainLength -= 1`.
    mutating func extendChain() throws {
        chainLength += 1
        guard chainLength <= Self.maximumChainLength else {
            error("more than \(Self.maximumChainLength) operators or accesses in one expression", at: current.range,
                  hint: "split the expression, with variables")
            throw SyntaxError()
        }
    }

    /// Enters one more level of nesting; a syntax error past `maximumDepth`. Pair with `depth -= 1`.
    mutating func nest() throws {
        depth += 1
        guard depth <= Self.maximumDepth else {
            error("nested more than \(Self.maximumDepth) levels deep", at: current.range,
                  hint: "split the expression or block, with variables or procedures")
            throw SyntaxError()
        }
    }

    mutating func error(_ message: String, at range: SourceRange, hint: String? = nil) {
        diagnostics.append(.error(message, at: range, hint: hint))
    }

    /// How many diagnostics stand for good: those of a token looked at but not consumed are dropped
    /// if the token is lexed again in another mode.
    var committedDiagnosticCount: Int {
        diagnostics.count + (hasLookahead ? beforeLookahead.diagnosticCount : lexer.diagnostics.count)
    }

    /// The lexer's and the parser's diagnostics in source order.
    func sortedDiagnostics() -> [Diagnostic] {
        (lexer.diagnostics + diagnostics).enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }

    /// A parser for the expression inside `${…}` or a `$name…` reference, over the same text.
    func subparser(for range: SourceRange) -> ParserState {
        var state = ParserState(lexer: Lexer(bytes: lexer.bytes, range: range))
        state.mode = .expression
        state.depth = depth
        state.chainLength = chainLength
        return state
    }
}

/// Thrown inside the parser to abandon a statement once its error is reported.
struct SyntaxError: Error {}
