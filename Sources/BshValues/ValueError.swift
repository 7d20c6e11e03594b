/// An error from evaluating or converting values: a lower-case message and an optional hint.
public struct ValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, e.g. "cannot compare a string with a number".
    public let message: String
    /// A suggestion for the user, e.g. "did you mean 'len'?".
    public let hint: String?

    /// Creates an error with a message and an optional hint.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    /// Creates an error with a message and an optional hint (labelled form).
    public init(message: String, hint: String? = nil) {
        self.init(message, hint: hint)
    }

    /// The message, followed by the hint when there is one.
    public var description: String {
        hint.map { "\(message) (hint: \($0))" } ?? message
    }
}
