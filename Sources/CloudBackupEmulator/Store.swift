import CloudBackupAPI

/// The state of the emulated service: one project, its agents and their work, the issued tokens,
/// and the test hooks. Every operation first brings the simulation up to the present
/// (`advance()`), so what agents did is computed from timestamps, not from background timers.
actor Store {
    typealias Instant = ContinuousClock.Instant

    let clock: EmulatorClock
    let timings: SimulatedTimings
    let tokenLifetime: Duration
    /// Every list's page size, when set (see `EmulatorConfiguration.pageSize`).
    nonisolated let pageSize: Int?
    /// Set once the server listens; links and `Location` headers are built from it.
    var urls = ServiceURLs(base: "http://127.0.0.1")

    var tokens: [String: Instant] = [:]
    var agents: [String: SimulatedAgent] = [:]
    var agentOrder: [String] = []
    var browseRequests: [String: BrowseRequestRecord] = [:]
    var logFiles: [String: LogFileRecord] = [:]
    var logFileOrder: [String] = []
    var configurations: [String: ConfigurationRecord] = [:]
    var configurationOrder: [String] = []
    var jobs: [String: JobRecord] = [:]
    /// Job IDs in creation order (sequence order).
    var jobOrder: [String] = []
    var nextJobSequence = 0
    /// Snapshot IDs are integers that only grow.
    var nextSnapshotID = SeedHistory.firstSnapshotID
    var vaultRequests: [String: VaultRequestRecord] = [:]
    var summarySettings = SummarySettingsDocument.initial
    /// Dependent systems (`cassandra`, `pecan`, `rse`) a test has taken offline; health answers 503.
    var offlineSystems: Set<String> = []
    var faultPlan: FaultPlan
    /// Draws the random faults; seeded so that a run can be repeated.
    var random: SeededGenerator
    var events: [RecordedEvent] = []
    /// Event IDs are numeric strings that only grow; the first is in the docs' range.
    var nextEventID = 5_650_135_600

    var faults: [Fault] = []
    /// Faults queued for one operation each.
    var operationFaults: [APIOperation: ArraySlice<Fault>] = [:]
    var requestCounts: [APIOperation: Int] = [:]
    var totalRequests = 0
    var identityRequests = 0

    /// The most events kept for the event lists; older ones are dropped first.
    static let eventCapacity = 10_000

    init(configuration: EmulatorConfiguration) {
        let clock = EmulatorClock()
        let timings = SimulatedTimings().scaled(by: configuration.timeScale)
        self.clock = clock
        self.timings = timings
        self.tokenLifetime = configuration.tokenLifetime
        self.pageSize = configuration.pageSize
        self.faultPlan = configuration.faults
        self.random = SeededGenerator(seed: configuration.faults.seed)
        let seeded = SeedProject.agents(count: configuration.agentCount, startingAt: clock.origin, timings: timings)
        for agent in seeded {
            agents[agent.id] = agent
            agentOrder.append(agent.id)
        }
        if configuration.largeDirectoryEntries > 0, let first = seeded.first {
            agents[first.id]?.files = first.files.merging(
                LargeDirectory.tree(entries: configuration.largeDirectoryEntries), overwrite: true)
        }
        let history = SeedHistory.make(agents: seeded, origin: clock.origin, originDate: clock.originDate)
        for record in history.configurations {
            configurations[record.id] = record
            configurationOrder.append(record.id)
        }
        for job in history.jobs {
            jobs[job.id] = job
            jobOrder.append(job.id)
        }
        nextJobSequence = history.jobs.count
        nextSnapshotID = history.nextSnapshotID
    }

    func attach(urls: ServiceURLs) {
        self.urls = urls
    }

    /// Keeps an event for the event lists and returns its ID.
    @discardableResult
    func recordEvent(
        _ name: String, at instant: Instant, agentID: String?, fields: [(String, JSONValue)], subjects: [String] = []
    ) -> Int {
        let id = takeEventID()
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(String(id))),
            ("time", .string(Timestamp.microseconds(clock.date(at: instant)))),
            ("event", .string(name)),
        ]
        if let agentID { members.append(("agent", .object([("id", .string(agentID))]))) }
        members += fields.map { (key: $0.0, value: $0.1) }
        events.append(
            RecordedEvent(
                id: id, at: instant, agentID: agentID, name: name, subjects: Set(subjects), document: .object(members)))
        if events.count > Self.eventCapacity { events.removeFirst(events.count - Self.eventCapacity) }
        return id
    }

    /// A new event ID, also for result-only events that the lists do not show.
    func takeEventID() -> Int {
        defer { nextEventID += 1 }
        return nextEventID
    }

    /// The names of the recorded events, oldest first (for tests and diagnostics).
    func recordedEventNames() -> [String] {
        events.map(\.name)
    }
}
