/// A retry the client is about to make: which one, after what, and how long it pauses first.
public struct RetryNotice: Sendable, Equatable, CustomStringConvertible {
    /// What the attempt before it ended with.
    public enum Reason: Sendable, Equatable {
        /// The service answered this status, with its `Retry-After` in seconds if given.
        case status(Int, retryAfter: Double?)
        /// No answer: no connection could be made, it broke, or the answer did not come in time.
        case failure(String)
    }

    /// The operation, e.g. `GET /agents`.
    public let operation: String
    /// 1 for the first retry.
    public let retry: Int
    public let reason: Reason
    /// The pause before the retry.
    public let delay: Duration

    public init(operation: String, retry: Int, reason: Reason, delay: Duration) {
        self.operation = operation
        self.retry = retry
        self.reason = reason
        self.delay = delay
    }

    /// `retry 1 after 503 (Retry-After 1 s)`, `retry 2 after the server closed the connection (in 180 ms)`.
    public var description: String {
        switch reason {
        case .status(let status, let retryAfter?):
            "retry \(retry) of \(operation) after \(status) (Retry-After \(Self.seconds(retryAfter)) s)"
        case .status(let status, nil):
            "retry \(retry) of \(operation) after \(status) (in \(Self.milliseconds(delay)) ms)"
        case .failure(let message):
            "retry \(retry) of \(operation) after \(message) (in \(Self.milliseconds(delay)) ms)"
        }
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
