import CloudBackupAPI

/// The state of the emulated service: one project, its agents and their work, the issued tokens,
/// and the test hooks. Every operation first brings the simulation up to the present
/// (`advance()`), so what agents did is computed from timestamps, not from background timers.
actor Store {
    typealias Instant = ContinuousClock.Instant

    let clock: EmulatorClock
    let timings: SimulatedTimings
    let tokenLifetime: Duration
    /// Set once the server listens; links and `Location` headers are built from it.
    var urls = ServiceURLs(base: "http://127.0.0.1")

    var tokens: [String: Instant] = [:]
    var agents: [String: SimulatedAgent] = [:]
    var agentOrder: [String] = []
    var browseRequests: [String: BrowseRequestRecord] = [:]
    var logFiles: [String: LogFileRecord] = [:]
    var logFileOrder: [String] = []
    var events: [RecordedEvent] = []
    /// Event IDs are numeric strings that only grow; the first is in the docs' range.
    var nextEventID = 5_650_135_600

    var faults: [Fault] = []
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
        for agent in SeedProject.agents(startingAt: clock.origin, timings: timings) {
            agents[agent.id] = agent
            agentOrder.append(agent.id)
        }
    }

    func attach(urls: ServiceURLs) {
        self.urls = urls
    }

    /// Keeps an event for the event lists and returns its ID.
    @discardableResult
    func recordEvent(_ name: String, at instant: Instant, agentID: String?, fields: [(String, JSONValue)]) -> Int {
        let id = takeEventID()
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(String(id))),
            ("time", .string(Timestamp.microseconds(clock.date(at: instant)))),
            ("event", .string(name)),
        ]
        if let agentID { members.append(("agent", .object([("id", .string(agentID))]))) }
        members += fields.map { (key: $0.0, value: $0.1) }
        events.append(RecordedEvent(id: id, at: instant, agentID: agentID, name: name, document: .object(members)))
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
