/// A problem found in source text, with the span it concerns and an optional suggestion.
public struct Diagnostic: Sendable, Equatable {
    /// How serious a diagnostic is. Only errors stop a script from running.
    public enum Severity: Sendable, Equatable, Hashable, CustomStringConvertible {
        case error, warning, note

        /// The word used in rendered output: `error`, `warning` or `note`.
        public var description: String {
            switch self {
            case .error: "error"
            case .warning: "warning"
            case .note: "note"
            }
        }
    }

    public let severity: Severity
    /// What is wrong, in lower case and without a final period.
    public let message: String
    /// The source span the diagnostic points at.
    public let range: SourceRange
    /// How to fix it, if there is something useful to say.
    public let hint: String?

    public init(severity: Severity, message: String, range: SourceRange, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// An error diagnostic.
    public static func error(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity: .error, message: message, range: range, hint: hint)
    }

    /// A warning diagnostic.
    public static func warning(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        Diagnostic(severity: .warning, message: message, range: range, hint: hint)
    }
}
