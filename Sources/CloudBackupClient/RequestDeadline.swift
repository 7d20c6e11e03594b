/// A time that the requests of the calling task keep to, retries and their pauses included: a
/// caller with its own deadline (`wait 30s`) is not held past it by one request's timeout or by a
/// long `Retry-After`. No retry is paused for past the deadline, and an exchange has until the
/// deadline, or `leastExchange` when less is left, so that a last look just before it can be answered.
public enum RequestDeadline {
    @TaskLocal static var current: ContinuousClock.Instant?

    /// The time an exchange gets however near the deadline it starts.
    public static let leastExchange = Duration.seconds(1)

    /// Runs `body` with every request it makes bounded by `deadline`.
    public static func with<T>(
        _ deadline: ContinuousClock.Instant, isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T
    ) async throws -> T {
        try await $current.withValue(deadline, operation: body)
    }

    /// The time one exchange may take: `timeout`, or less when the deadline comes sooner.
    static func timeout(_ timeout: Duration) -> Duration {
        guard let current else { return timeout }
        return min(timeout, max(current - .now, leastExchange))
    }

    /// Whether a pause of `delay` before another attempt ends before the deadline.
    static func allows(_ delay: Duration) -> Bool {
        guard let current else { return true }
        return ContinuousClock.now + delay < current
    }
}
