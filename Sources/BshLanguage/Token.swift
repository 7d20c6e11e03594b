/// One lexical token: its kind, where it is, and for word parts the text it stands for.
public struct Token: Sendable, Equatable {
    public let kind: TokenKind
    /// The token's source span; for strings, quotes included.
    public let range: SourceRange
    /// For word parts, the text after escapes are applied (quotes removed). For other tokens,
    /// the source text (`""` at the end of input).
    public let value: String
    /// True when whitespace or a comment comes between this token and the previous one. A word
    /// part without leading trivia right after another word part continues the same word.
    public let hasLeadingTrivia: Bool
    /// True when a word part holds a `$` that was neither escaped nor single-quoted. Such a `$`
    /// is literal text for now; it marks where variable interpolation will apply.
    public let hasUnescapedDollar: Bool
    /// True for a string whose closing quote is missing. The lexer ends such a token at the end
    /// of the line it started on, and reports it.
    public let isUnterminated: Bool

    public init(
        kind: TokenKind,
        range: SourceRange,
        value: String,
        hasLeadingTrivia: Bool = false,
        hasUnescapedDollar: Bool = false,
        isUnterminated: Bool = false
    ) {
        self.kind = kind
        self.range = range
        self.value = value
        self.hasLeadingTrivia = hasLeadingTrivia
        self.hasUnescapedDollar = hasUnescapedDollar
        self.isUnterminated = isUnterminated
    }
}
