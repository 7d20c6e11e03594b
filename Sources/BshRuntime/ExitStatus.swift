/// The process exit codes bsh documents.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A command failed: the service refused, a wait timed out, a file could not be written.
    case failure = 1
    /// The input could not be parsed, or a command was used wrongly.
    case usage = 2
    /// Interrupted (Ctrl-C).
    case interrupted = 130
}
