/// A parsed script: its statements in source order.
public struct Program: Sendable, Equatable {
    public var statements: [Statement]

    public init(statements: [Statement] = []) {
        self.statements = statements
    }
}
