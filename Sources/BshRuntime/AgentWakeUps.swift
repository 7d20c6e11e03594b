import Synchronization

/// When agents were last switched to `real_time`, shared by every iteration of a parallel loop:
/// it is a fact about the service, not about one iteration, and a fan-out over thousands of agents
/// must ask once, not once per iteration.
final class AgentWakeUps: Sendable {
    /// An activation lasts a while on the service; it is renewed when older than this.
    static let renewal = Duration.seconds(60)

    private let last = Mutex<ContinuousClock.Instant?>(nil)

    /// True when the caller should switch agents to `real_time` now: none did within the renewal
    /// period. The time is taken at once, so that callers at the same moment do not all ask.
    func claim(at now: ContinuousClock.Instant = .now) -> Bool {
        last.withLock { last in
            if let previous = last, now - previous < Self.renewal { return false }
            last = now
            return true
        }
    }

    /// Forgets a claim whose request failed, so that the next caller tries again.
    func release() {
        last.withLock { $0 = nil }
    }
}
