/// A failure of one statement, with what the user needs to fix it.
public struct ShellError: Error, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The command was used wrongly: unknown command, missing or extra arguments.
        case usage
        /// The command ran and failed.
        case failure
    }

    public let kind: Kind
    public let message: String
    public let hint: String?

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    static func usage(_ message: String, hint: String? = nil) -> ShellError {
        ShellError(.usage, message, hint: hint)
    }

    static func failure(_ message: String, hint: String? = nil) -> ShellError {
        ShellError(.failure, message, hint: hint)
    }
}

/// An explicit `exit`, unwinding the program.
struct ExitRequest: Error {
    let status: Int32
}
