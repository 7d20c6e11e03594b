import BshRuntime
#if canImport(Glibc)
import Glibc
#endif

/// Why the process stops before its work is done: a signal, or standard output that takes no more.
enum StopCause: Sendable, Equatable {
    /// SIGINT (Ctrl-C), SIGTERM or SIGHUP.
    case signal(Int32)
    /// Standard output is a pipe whose reader is gone (EPIPE): stop quietly, as a SIGPIPE would.
    case outputClosed
    /// Standard output failed otherwise (a full disk, an I/O error), for this reason.
    case outputFailed(String)

    /// The exit status the cause calls for; nil for Ctrl-C, which the shell reports itself.
    var exitStatus: Int32? {
        switch self {
        case .signal(SIGINT): nil
        case .signal(SIGTERM): ExitStatus.terminated.rawValue
        case .signal(SIGHUP): ExitStatus.hungUp.rawValue
        case .signal(let number): 128 + number
        case .outputClosed: ExitStatus.outputClosed.rawValue
        case .outputFailed: ExitStatus.failure.rawValue
        }
    }

    /// True when nothing more may be written: once standard output has failed, bsh says why once and
    /// stops without further messages.
    var silencesOutput: Bool {
        switch self {
        case .outputClosed, .outputFailed: true
        case .signal: false
        }
    }
}
