/// A human-facing position in a source file.
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public let line: Int
    /// The 1-based column, counted in characters (not bytes) from the start of the line.
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as used in diagnostics.
    public var description: String { "\(line):\(column)" }
}
