#if canImport(Glibc)
import Glibc
#endif

/// The pipe the signal handlers write to, and the thread that turns each signal into a stop.
enum InterruptWatcher {
    /// The pipe's descriptors, made before any handler can run: the handler reads only `write`.
    private static let descriptors: (read: Int32, write: Int32) = {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        return (fds[0], fds[1])
    }()

    private static let thread: Void = {
        var thread = pthread_t()
        pthread_create(&thread, nil, { _ in
            InterruptWatcher.watch()
            return nil
        }, nil)
        pthread_detach(thread)
    }()

    /// Makes the pipe and starts the thread, once.
    static func start() {
        _ = descriptors
        _ = thread
    }

    /// Called from a signal handler: async-signal-safe.
    static func notify(_ number: Int32) {
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(descriptors.write, &byte, 1)
    }

    private static func watch() {
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for number in InterruptibleTask.signals { sigaddset(&blocked, number) }
        pthread_sigmask(SIG_BLOCK, &blocked, nil)
        var byte: UInt8 = 0
        while true {
            let count = read(descriptors.read, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            ProcessStop.shared.stop(.signal(Int32(byte)))
        }
    }
}
