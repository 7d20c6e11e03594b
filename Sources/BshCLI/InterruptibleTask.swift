import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Runs one unit of work (a script, a prompt line) so that Ctrl-C cancels it rather than killing
/// the process: the work sees cancellation, stops its waits and retries at once, and reports itself.
enum InterruptibleTask {
    static func run(_ work: @escaping @Sendable () async -> Int32) async -> Int32 {
        let task = Task { await work() }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { task.cancel() }
        source.resume()
        let status = await task.value
        source.cancel()
        signal(SIGINT, SIG_DFL)
        return status
    }
}
