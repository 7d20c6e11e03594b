/// One statement of a program. Each kind of statement the language has is a case here.
public enum Statement: Sendable, Equatable {
    /// A command invocation, such as `browse /etc`.
    case command(Command)

    /// The statement's source span, without the newline or `;` that ends it.
    public var range: SourceRange {
        switch self {
        case .command(let command): command.range
        }
    }
}
