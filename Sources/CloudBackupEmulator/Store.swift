import CloudBackupAPI
import Synchronization

/// The state of the emulated service: one project, its agents and their work, the issued tokens,
/// and the test hooks. Every operation first brings the simulation up to the present
/// (`advance()`), so what agents did is computed from timestamps, not from background timers.
actor Store {
    typealias Instant = ContinuousClock.Instant

    let clock: EmulatorClock
    let timings: SimulatedTimings
    /// Every list's page size, when set (see `EmulatorConfiguration.pageSize`).
    nonisolated let pageSize: Int?
    var settings = ServiceSettings()
    private nonisolated let address = Mutex(ServiceURLs(base: "http://127.0.0.1"))
    var tokens: TokenTable
    var faults: FaultState
    var requestLog: RequestLog

    var agents = OrderedRecords<SimulatedAgent>()
    /// The agents' documents as `listAgents` and `getAgent` answer them, encoded.
    var agentDocuments = EncodedDocuments<AgentDocumentSource>()
    /// The whole agent list as `listAgents` answers it unfiltered, with the version of `agents` and the
    /// URLs it was made from.
    var agentList: (version: Int, urls: ServiceURLs, list: EncodedList)?
    var logFiles = OrderedRecords<LogFileRecord>(
        isActive: { $0.state != .completed && !$0.reportedByAgent }, owner: { $0.agentID })
    var configurations: ConfigurationTable
    var jobs: JobTable
    var requests = AgentRequests()
    var eventLog = EventLog()

    init(configuration: EmulatorConfiguration, requestLogFile: RequestLogFile? = nil) {
        self.requestLog = RequestLog(file: requestLogFile)
        let clock = EmulatorClock()
        configurations = ConfigurationTable(checkedUpTo: clock.originDate)
        let timings = SimulatedTimings().scaled(by: configuration.timeScale)
        self.clock = clock
        self.timings = timings
        self.pageSize = configuration.pageSize
        self.tokens = TokenTable(lifetime: configuration.tokenLifetime)
        self.faults = FaultState(plan: configuration.faults)
        let seeded = SeedProject.agents(count: configuration.agentCount, startingAt: clock.origin, timings: timings)
        for agent in seeded { agents[agent.id] = agent }
        if configuration.largeDirectoryEntries > 0, let first = seeded.first {
            agents[first.id]?.files = first.files.merging(
                LargeDirectory.tree(entries: configuration.largeDirectoryEntries), overwrite: true)
        }
        if configuration.deepTreeDirectories > 0, let first = seeded.first {
            let files = agents[first.id]?.files ?? first.files
            agents[first.id]?.files = files.merging(DeepTree.tree(directories: configuration.deepTreeDirectories), overwrite: true)
        }
        let history = SeedHistory.make(agents: seeded, origin: clock.origin, originDate: clock.originDate)
        for record in history.configurations { configurations[record.id] = record }
        jobs = JobTable(firstSequence: history.jobs.count, firstSnapshotID: history.nextSnapshotID)
        for job in history.jobs { jobs[job.id] = job }
    }

    /// Where the service is reached, for links and `Location` headers; read by every request, so
    /// outside the actor.
    nonisolated var urls: ServiceURLs { address.withLock { $0 } }

    /// Set once the server listens.
    nonisolated func attach(urls: ServiceURLs) {
        address.withLock { $0 = urls }
    }

    /// Keeps an event for the event lists and returns its ID.
    @discardableResult
    func recordEvent(
        _ name: String, at instant: Instant, agentID: String?, fields: [(String, JSONValue)], subjects: [String] = []
    ) -> Int {
        let id = eventLog.takeID()
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(String(id))),
            ("time", .string(Timestamp.microseconds(clock.date(at: instant)))),
            ("event", .string(name)),
        ]
        if let agentID { members.append(("agent", .object([("id", .string(agentID))]))) }
        members += fields.map { (key: $0.0, value: $0.1) }
        eventLog.append(
            RecordedEvent(
                id: id, at: instant, agentID: agentID, name: name, subjects: Set(subjects), document: .object(members)))
        return id
    }

    /// A new event ID, also for result-only events that the lists do not show.
    func takeEventID() -> Int {
        eventLog.takeID()
    }

    /// The names of the recorded events, oldest first (for tests and diagnostics).
    func recordedEventNames() -> [String] {
        eventLog.events.map(\.name)
    }
}
