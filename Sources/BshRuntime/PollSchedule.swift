/// How often `wait` asks the service. Answers that come in moments (a browse or a vault check, usually
/// within two seconds) are seen within 150 ms: `wait` asks every 140 ms for its first two seconds.
/// After that it asks less and less often, up to every 2 s, so that a wait of a minute or more
/// averages under one request a second. After a request that failed for a moment (the service busy,
/// the connection dropped) it waits at least `cap`, or as long as the service's `Retry-After` asks.
public struct PollSchedule: Sendable, Equatable {
    public var quick: Duration
    public var quickPhase: Duration
    public var factor: Double
    public var cap: Duration

    public init(
        quick: Duration = .milliseconds(140), quickPhase: Duration = .seconds(2), factor: Double = 1.5,
        cap: Duration = .seconds(2)
    ) {
        self.quick = quick
        self.quickPhase = quickPhase
        self.factor = factor
        self.cap = cap
    }

    /// The pause before the next request, `elapsed` into the wait; `previous` is the pause before
    /// the last request, nil before the second.
    public func interval(after previous: Duration?, elapsed: Duration) -> Duration {
        guard let previous, elapsed >= quickPhase else { return quick }
        return min(previous * factor, cap)
    }

    /// The least pause after a request that failed for a moment; `retryAfter` is the service's
    /// `Retry-After` in seconds, when it gave one.
    public func interval(afterFailure retryAfter: Double?) -> Duration {
        guard let retryAfter, retryAfter.isFinite, retryAfter > 0 else { return cap }
        return max(cap, .milliseconds(Int64(min(retryAfter, 86_400) * 1000)))
    }
}
