import Foundation

/// A value guarded by an `NSLock` (a pthread mutex). `Mutex` would do as well, but the thread
/// sanitizer does not see the futex inside it: state that tasks on the event loop and on Swift's
/// pool both change (a parallel loop's block, drawn by iterations, a timer and the loop's end)
/// would be reported as raced. Used only there.
final class PthreadLocked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
