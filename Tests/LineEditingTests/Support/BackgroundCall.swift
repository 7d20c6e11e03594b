import Foundation

/// Runs a blocking call on a thread of its own, so a test can signal that
/// thread and wait for the call with a deadline.
final class BackgroundCall<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var thread: pthread_t?
    private var value: Value?

    /// Starts `body` on a new thread, first unblocking `unblockedSignals` there
    /// (threads inherit the test runner's mask, which blocks most signals).
    init(unblocking unblockedSignals: [Int32] = [], _ body: @escaping () -> Value) {
        let unchecked = UncheckedBox(body)
        Thread {
            var signals = sigset_t()
            sigemptyset(&signals)
            unblockedSignals.forEach { sigaddset(&signals, $0) }
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            self.condition.withLock {
                self.thread = pthread_self()
                self.condition.broadcast()
            }
            let result = unchecked.value()
            self.condition.withLock {
                self.value = result
                self.condition.broadcast()
            }
        }.start()
    }

    /// The thread running the call, once it has started.
    var threadID: pthread_t {
        condition.withLock {
            while thread == nil { condition.wait() }
            return thread!
        }
    }

    var isFinished: Bool { condition.withLock { value != nil } }

    /// The call's result, or nil if it has not returned by `timeout` seconds.
    func wait(timeout: TimeInterval) -> Value? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        return condition.withLock {
            while value == nil && condition.wait(until: deadline) {}
            return value
        }
    }
}

/// Carries a non-Sendable value to a thread that alone uses it.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Sends `signal` with `send` every few milliseconds until `call` finishes or
/// `timeout` seconds pass (a signal sent before the reader blocks is lost).
func keepSignalling<Value>(_ call: BackgroundCall<Value>, timeout: TimeInterval, send: () -> Void) {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while !call.isFinished && Date() < deadline {
        send()
        usleep(5_000)
    }
}
