/// `{ statements }`.
public struct Block: Sendable, Equatable {
    public var statements: [Statement]
    /// From `{` to `}`.
    public var range: SourceRange

    public init(statements: [Statement], range: SourceRange) {
        self.statements = statements
        self.range = range
    }
}
