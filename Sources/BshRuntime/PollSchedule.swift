/// How often `wait` asks the service: quickly at first, so that an answer that comes in moments is
/// seen within about 150 ms, then backing off towards a cap, so that a long wait costs well under
/// one request a second on average.
public struct PollSchedule: Sendable, Equatable {
    public var initial: Duration
    public var factor: Double
    public var cap: Duration

    public init(initial: Duration = .milliseconds(100), factor: Double = 1.25, cap: Duration = .seconds(2)) {
        self.initial = initial
        self.factor = factor
        self.cap = cap
    }

    /// The interval after `previous` (the first interval when nil).
    public func interval(after previous: Duration?) -> Duration {
        guard let previous else { return initial }
        return min(previous * factor, cap)
    }
}
