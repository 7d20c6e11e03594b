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
    /// True if the word holds a `$` outside single quotes and not escaped. It is literal text
    /// for now; it marks the words that variable interpolation will affect.
    public var hasUnescapedDollar: Bool

    public init(value: String, isQuoted: Bool = false, range: SourceRange, hasUnescapedDollar: Bool = false) {
        self.value = value
        self.isQuoted = isQuoted
        self.range = range
        self.hasUnescapedDollar = hasUnescapedDollar
    }
}
