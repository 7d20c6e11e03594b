/// The process exit codes bsh documents.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A command failed: the service refused, a wait timed out, a file could not be written.
    case failure = 1
    /// The input could not be parsed, or a command was used wrongly.
    case usage = 2
    /// Ended by SIGHUP (the terminal went away), after the same clean-up as Ctrl-C.
    case hungUp = 129
    /// Interrupted (Ctrl-C).
    case interrupted = 130
    /// Standard output is a pipe nobody reads any more (`bsh … | head -1`), as a SIGPIPE would end it.
    case outputClosed = 141
    /// Ended by SIGTERM, after the same clean-up as Ctrl-C.
    case terminated = 143
}
