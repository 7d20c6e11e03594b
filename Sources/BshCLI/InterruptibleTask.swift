import CloudBackupClient
#if canImport(Glibc)
import Glibc
#endif

/// Runs one unit of work (a script, a prompt line) so that Ctrl-C cancels it rather than killing
/// the process: the work sees cancellation, stops its waits and retries at once, and reports itself.
/// SIGTERM and SIGHUP cancel it the same way, and then end the process with 143 or 129.
///
/// A signal handler may only do async-signal-safe things, so it writes the signal's number to a
/// pipe; a thread blocked on the pipe's other end cancels the running work. (A dispatch signal
/// source would block SIGINT on threads in a way that keeps the line editor from seeing Ctrl-C at
/// the prompt.)
enum InterruptibleTask {
    /// The signals that cancel the work.
    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Runs `work`; returns its status, or that of a lasting stop (SIGTERM, SIGHUP, a failed output).
    static func run(_ work: @escaping @Sendable () async -> Int32) async -> Int32 {
        InterruptWatcher.start()
        let stop = ProcessStop.shared
        let task = Task(executorPreference: EventLoopTaskExecutor.shared) { await work() }
        stop.begin(task)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in InterruptWatcher.notify(number) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = Array(repeating: sigaction(), count: signals.count)
        for (index, number) in signals.enumerated() {
            sigaction(number, &action, &previous[index])
        }
        let status = await task.value
        for (index, number) in signals.enumerated() {
            sigaction(number, &previous[index], nil)
        }
        stop.end()
        return stop.exitStatus(otherwise: status)
    }
}
