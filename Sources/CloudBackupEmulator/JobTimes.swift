/// When a job was created and last changed, and the start and end times its documents show.
struct JobTimes: Sendable {
    typealias Instant = ContinuousClock.Instant

    let createdAt: Instant
    var lastUpdated: Instant
    /// `started_time` and `ended_time`: set as the simulation steps, or as the agent reports them.
    var startedTime: String?
    var endedTime: String?
}
