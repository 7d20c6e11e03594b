import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The work running now (a script, a prompt line) and the first lasting reason to stop the process.
///
/// A stop cancels the running work, which ends at its next statement or request; the cause is then
/// the process's exit status. Ctrl-C cancels the work without ending the process, so that the prompt
/// goes on.
final class ProcessStop: Sendable {
    static let shared = ProcessStop()

    private struct State {
        var cause: StopCause?
        var work: Task<Int32, Never>?
    }

    private let state = Mutex(State())

    /// The first lasting cause recorded, if any.
    var cause: StopCause? { state.withLock { $0.cause } }

    /// Cancels the running work; records the cause unless it is Ctrl-C or a cause is already known.
    func stop(_ cause: StopCause) {
        state.withLock { state in
            if cause != .signal(SIGINT), state.cause == nil { state.cause = cause }
            state.work?.cancel()
        }
    }

    /// Makes `work` the running work; cancels it at once when the process is already stopping.
    func begin(_ work: Task<Int32, Never>) {
        state.withLock { state in
            state.work = work
            if state.cause != nil { work.cancel() }
        }
    }

    /// Forgets the running work.
    func end() {
        state.withLock { $0.work = nil }
    }

    /// The status to exit with: the stop's, when there was a lasting one, else `status`.
    func exitStatus(otherwise status: Int32) -> Int32 {
        cause?.exitStatus ?? status
    }
}
