import CloudBackupAPI

/// When a simulated agent checks the service for work. It polls at the interval of its event
/// mode; a mode set by `agent_activate` lasts for the activation window, then the agent falls back
/// to `idle`. Everything is computed from instants, nothing runs in the background.
struct PollSchedule: Sendable {
    typealias Instant = ContinuousClock.Instant
    typealias Mode = AgentActivation.Mode

    private(set) var mode: Mode = .idle
    private(set) var modeUntil: Instant?
    /// The next poll; nil while the agent is offline.
    private(set) var nextPoll: Instant?
    let timings: SimulatedTimings

    init(firstPoll: Instant?, timings: SimulatedTimings) {
        self.nextPoll = firstPoll
        self.timings = timings
    }

    var isOnline: Bool { nextPoll != nil }

    /// The mode in force at `instant`.
    func mode(at instant: Instant) -> Mode {
        if let modeUntil, instant >= modeUntil { return .idle }
        return mode
    }

    func interval(for mode: Mode) -> Duration {
        switch mode {
        case .idle: timings.idlePoll
        case .active: timings.activePoll
        case .realTime: timings.realTimePoll
        }
    }

    /// Switches to `newMode` at `instant`. A faster mode brings the next poll forward.
    mutating func activate(_ newMode: Mode, at instant: Instant) {
        mode = newMode
        modeUntil = newMode == .idle ? nil : instant + timings.activationWindow
        if let next = nextPoll {
            nextPoll = min(next, instant + interval(for: newMode))
        }
    }

    /// The agent started (`postAgentEvent` `startup`): it polls at once.
    mutating func startUp(at instant: Instant) {
        nextPoll = instant
    }

    /// The agent stopped (`postAgentEvent` `shutdown`): it polls no more.
    mutating func shutDown() {
        nextPoll = nil
    }

    /// Takes the next poll due at or before `now`, or nil. Without work waiting, the polls
    /// that would find nothing are skipped in one step, keeping their rhythm.
    mutating func takeDuePoll(upTo now: Instant, hasWork: Bool) -> Instant? {
        guard var poll = nextPoll, poll <= now else { return nil }
        if !hasWork { poll = lastTick(from: poll, upTo: now) }
        nextPoll = poll + interval(for: mode(at: poll))
        return poll
    }

    /// The last poll at or before `now` in the stretch of constant mode that starts at `first`.
    private func lastTick(from first: Instant, upTo now: Instant) -> Instant {
        let step = interval(for: mode(at: first))
        guard step > .zero else { return first }
        var limit = now
        var limitIsExclusive = false
        if let modeUntil, first < modeUntil, modeUntil <= now {
            limit = modeUntil
            limitIsExclusive = true
        }
        var count = Int((first.duration(to: limit) / step).rounded(.down))
        while count > 0 {
            let tick = first + step * count
            if tick < limit || (!limitIsExclusive && tick == limit) { break }
            count -= 1
        }
        return first + step * max(count, 0)
    }
}
