/// A shell word: one or more adjacent parts (barewords and quoted strings) read as one value,
/// so `ab"c d"'e'` is the word `abc de`.
public struct Word: Sendable, Equatable {
    /// The text after quotes are removed and escapes applied.
    public var value: String
    /// True if any part of the word was quoted. `'wait'` is still the text `wait`, but a
    /// consumer may treat a quoted word as never being a keyword or pattern.
    public var isQuoted: Bool
    /// The source span of the whole word, quotes included.
    public var range: SourceRange
    /// True if the word holds a `$` outside single quotes and not escaped.
    public var hasUnescapedDollar: Bool
    /// The word's literal text and the references in it (`$name`, `${…}`, `(pipeline)`), in order;
    /// empty when the word is plain text, which `value` holds.
    public var segments: [StringSegment]

    public init(value: String, isQuoted: Bool = false, range: SourceRange, hasUnescapedDollar: Bool = false,
                segments: [StringSegment] = []) {
        self.value = value
        self.isQuoted = isQuoted
        self.range = range
        self.hasUnescapedDollar = hasUnescapedDollar
        self.segments = segments
    }

    /// True when the word is plain text, with nothing to evaluate.
    public var isLiteral: Bool { segments.isEmpty }

    /// The expression of a word that is a single reference, such as `$r` or `(agents | count)`,
    /// whose value is passed as it is rather than as text.
    public var soleExpression: Expression? {
        guard segments.count == 1, case .expression(let expression) = segments[0] else { return nil }
        return expression
    }
}
