/// When and how long to wait before trying a request again. A pure value: the decision depends only
/// on the attempt, the method and what happened, so it is tested without a network.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first one included. Eight: against a service failing a quarter of its
    /// requests for a moment, four attempts lose one request in 256, eight one in 65,536.
    public var maximumAttempts: Int
    /// The delay cap before jitter for the first retry; it doubles each time.
    public var baseDelay: Duration
    /// No computed delay exceeds this, whatever `Retry-After` says.
    public var maximumDelay: Duration
    /// Attempts in all when no connection can be made: a refused connection is seldom refused only once.
    public var maximumConnectAttempts: Int

    public init(
        maximumAttempts: Int = 8, baseDelay: Duration = .milliseconds(200), maximumDelay: Duration = .seconds(20),
        maximumConnectAttempts: Int = 3
    ) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumConnectAttempts = maximumConnectAttempts
    }

    /// No retries at all.
    public static let none = RetryPolicy(maximumAttempts: 1)

    /// What one attempt ended with, as far as retrying is concerned.
    public enum Outcome: Sendable, Equatable {
        /// No connection could be made (refused, unreachable, timed out): nothing was sent.
        case notConnected
        /// No response: the connection broke, or the answer did not come in time.
        case connectionFailure
        /// A response with this status, and the service's `Retry-After` in seconds if given.
        case status(Int, retryAfter: Double?)
    }

    /// Whether a request with `method` that ended with `outcome` is worth another attempt.
    /// Idempotent methods retry on connection failures, 429 and 5xx. A POST is not repeated blindly:
    /// only when the service said it did not take it (429, or 503 with `Retry-After`), or when no
    /// connection could be made. That last case stops after `maximumConnectAttempts`.
    public func shouldRetry(method: String, outcome: Outcome, attempt: Int) -> Bool {
        shouldRetry(idempotent: Self.isIdempotent(method), outcome: outcome, attempt: attempt)
    }

    /// `shouldRetry(method:outcome:attempt:)` for a request known to be safe to repeat or not: a
    /// POST that only asks a question (a browse request) is, a PATCH of `replace` operations is.
    public func shouldRetry(idempotent: Bool, outcome: Outcome, attempt: Int) -> Bool {
        guard attempt < maximumAttempts else { return false }
        switch outcome {
        case .notConnected:
            return attempt < maximumConnectAttempts
        case .connectionFailure:
            return idempotent
        case .status(let status, let retryAfter):
            if status == 429 { return true }
            if status == 503 && retryAfter != nil { return true }
            return idempotent && (500...599).contains(status) && status != 501
        }
    }

    /// Whether HTTP says a request with `method` may be repeated with no more effect than once.
    public static func isIdempotent(_ method: String) -> Bool {
        ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method)
    }

    /// The delay before attempt `attempt + 1`: `Retry-After` when the service gave one (capped),
    /// otherwise full jitter over an exponential cap. `random` returns a value in 0...1.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?, random: () -> Double = { Double.random(in: 0...1) }) -> Duration {
        if let retryAfter {
            return min(.milliseconds(Int(retryAfter * 1000)), maximumDelay)
        }
        let exponent = max(0, attempt - 1)
        let cap = min(baseDelay * (1 << min(exponent, 16)), maximumDelay)
        return cap * random()
    }
}
