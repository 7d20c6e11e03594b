import NIOCore
import Synchronization

/// Runs tasks on the transport's event loop once there is one. Work that sends a request and awaits
/// its answer then runs on the thread that does the network I/O: the answer is handed to it in place,
/// where a task on Swift's own threads would be woken on another thread for every request.
///
/// Until a transport starts, jobs run on Swift's own threads, so that a run that never uses the
/// network (`bsh -c 'echo hi'`) starts no event loop.
public final class EventLoopTaskExecutor: TaskExecutor {
    /// The executor work that may use the network prefers.
    public static let shared = EventLoopTaskExecutor()

    private let eventLoop = Mutex<(any EventLoop)?>(nil)

    private init() {}

    /// From now on, runs jobs on `eventLoop` (the first adopted one stays).
    func adopt(_ eventLoop: any EventLoop) {
        self.eventLoop.withLock { current in
            if current == nil { current = eventLoop }
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        guard let eventLoop = eventLoop.withLock({ $0 }) else {
            globalConcurrentExecutor.enqueue(job)
            return
        }
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        eventLoop.execute { job.runSynchronously(on: executor) }
    }
}
