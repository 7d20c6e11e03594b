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
    /// True when a word part holds a `$` that was neither escaped nor single-quoted.
    public let hasUnescapedDollar: Bool
    /// For barewords and double-quoted strings, the `$name…` and `${…}` references in them, in order.
    public let interpolations: [Interpolation]
    /// True for a string whose closing quote is missing. The lexer ends such a token at the end
    /// of the line it started on, and reports it.
    public let isUnterminated: Bool

    public init(
        kind: TokenKind,
        range: SourceRange,
        value: String,
        hasLeadingTrivia: Bool = false,
        hasUnescapedDollar: Bool = false,
        isUnterminated: Bool = false,
        interpolations: [Interpolation] = []
    ) {
        self.interpolations = interpolations
        self.kind = kind
        self.range = range
        self.value = value
        self.hasLeadingTrivia = hasLeadingTrivia
        self.hasUnescapedDollar = hasUnescapedDollar
        self.isUnterminated = isUnterminated
    }
}

/// A reference to a value inside a word or a double-quoted string: `$name`, `$r.items[0]` or `${expr}`.
public struct Interpolation: Sendable, Equatable {
    /// The UTF-8 offset in the token's value where the reference's text starts.
    public let valueOffset: Int
    /// The length in UTF-8 bytes of the reference's text as it appears in the token's value.
    public let valueLength: Int
    /// The source span of the expression to evaluate (inside the braces for `${…}`).
    public let expression: SourceRange

    public init(valueOffset: Int, valueLength: Int, expression: SourceRange) {
        self.valueOffset = valueOffset
        self.valueLength = valueLength
        self.expression = expression
    }
}

extension Token {
    /// The token for messages: `'{'` for punctuation, `word 'agent'` for a word.
    var described: String {
        switch kind {
        case .bareword, .singleQuotedString, .doubleQuotedString, .variable, .identifier, .number, .operator, .invalid:
            "\(kind) '\(value)'"
        default:
            kind.description
        }
    }
}
