/// The outcome of parsing a file: the program that could be recovered, and every problem found
/// on the way (lexical and syntactic), in source order.
public struct ParseResult: Sendable {
    /// The statements that parsed cleanly; statements with syntax errors are left out.
    public let program: Program
    public let diagnostics: [Diagnostic]

    public init(program: Program, diagnostics: [Diagnostic]) {
        self.program = program
        self.diagnostics = diagnostics
    }

    /// True if any diagnostic is an error. A program with errors must not be run.
    public var hasErrors: Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
