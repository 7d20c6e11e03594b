import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs one unit of work (a script, a prompt line) so that Ctrl-C cancels it rather than killing
/// the process: the work sees cancellation, stops its waits and retries at once, and reports itself.
///
/// A SIGINT handler may only do async-signal-safe things, so it writes one byte to a pipe; a thread
/// blocked on the pipe's other end cancels the running work. (A dispatch signal source would block
/// SIGINT on threads in a way that keeps the line editor from seeing Ctrl-C at the prompt.)
enum InterruptibleTask {
    static func run(_ work: @escaping @Sendable () async -> Int32) async -> Int32 {
        let watcher = InterruptWatcher.shared
        let task = Task { await work() }
        watcher.current.withLock { $0 = task }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptWatcher.notify() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGINT, &action, &previous)
        let status = await task.value
        sigaction(SIGINT, &previous, nil)
        watcher.current.withLock { $0 = nil }
        return status
    }
}

/// The pipe SIGINT writes to, and the thread that turns each byte into a cancellation.
final class InterruptWatcher: Sendable {
    static let shared = InterruptWatcher()
    /// The pipe's descriptors, made before any handler can run: the handler reads only `writeEnd`.
    private static let descriptors: (read: Int32, write: Int32) = {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        return (fds[0], fds[1])
    }()

    let current = Mutex<Task<Int32, Never>?>(nil)

    private init() {
        _ = Self.descriptors
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(&thread, nil, { context in
            let watcher = Unmanaged<InterruptWatcher>.fromOpaque(context!).takeUnretainedValue()
            watcher.watch()
            return nil
        }, context)
        pthread_detach(thread)
    }

    /// Called from the signal handler: async-signal-safe.
    static func notify() {
        var byte: UInt8 = 1
        _ = write(descriptors.write, &byte, 1)
    }

    private func watch() {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        var byte: UInt8 = 0
        while true {
            let count = read(Self.descriptors.read, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            current.withLock { $0?.cancel() }
        }
    }
}
