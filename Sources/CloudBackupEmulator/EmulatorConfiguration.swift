/// How an emulator listens and how fast its simulated agents work.
public struct EmulatorConfiguration: Sendable {
    /// The address to bind; links and `Location` headers name this host.
    public var host: String
    /// The port to bind; 0 picks any free port.
    public var port: Int
    /// Multiplies every simulated delay (agent polling, answers, uploads, result lifetimes).
    /// Tests use a small factor such as 0.01; 1.0 is the service's own pace.
    public var timeScale: Double
    /// How long an issued token stays valid. Not scaled by `timeScale`.
    public var tokenLifetime: Duration
    /// When true the server stops gracefully on SIGINT and SIGTERM. An embedding program that
    /// handles signals itself leaves this false.
    public var handlesTerminationSignals: Bool
    /// When true every request is logged to standard error.
    public var logsRequests: Bool
    /// How many agents the seeded project has: the five demo agents, then generated ones
    /// (`agent-0006`, ...) with derived IDs, files and history.
    public var agentCount: Int
    /// Faults injected at random into `/v2` requests.
    public var faults: FaultPlan
    /// When positive, the first agent's host has `/srv/large` holding this many files, for measuring
    /// what a very large browse result costs.
    public var largeDirectoryEntries: Int
    /// When positive, the first agent's host has `/home/archive` holding this many nested
    /// directories, for measuring walks of large trees.
    public var deepTreeDirectories: Int
    /// When set, every list is served in pages of at most this many items with `next` and
    /// `previous` links, the lists the documentation shows unpaged too (as a service may do);
    /// nil serves each list as documented.
    public var pageSize: Int?

    /// A configuration; every argument has the default a test or a local session wants.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        timeScale: Double = 1.0,
        tokenLifetime: Duration = .seconds(86_400),
        handlesTerminationSignals: Bool = false,
        logsRequests: Bool = false,
        agentCount: Int = 5,
        faults: FaultPlan = .none,
        largeDirectoryEntries: Int = 0,
        pageSize: Int? = nil,
        deepTreeDirectories: Int = 0
    ) {
        self.deepTreeDirectories = max(0, deepTreeDirectories)
        self.pageSize = pageSize.map { max(1, $0) }
        self.largeDirectoryEntries = max(0, largeDirectoryEntries)
        self.host = host
        self.port = port
        self.timeScale = timeScale
        self.tokenLifetime = tokenLifetime
        self.handlesTerminationSignals = handlesTerminationSignals
        self.logsRequests = logsRequests
        self.agentCount = max(0, agentCount)
        self.faults = faults
    }

    /// The time scales that make sense: 1,000 times faster to 1,000 times slower. Beyond, delays round
    /// to nothing (and polling loops spin) or exceed what any clock or session lasts.
    public static let timeScales: ClosedRange<Double> = 0.001...1000

    /// The one project (tenant, account number) the emulator serves.
    public static let projectID = "123456"
    /// The demo user's name; it authenticates with `demoAPIKey` or `demoPassword`.
    public static let demoUsername = "demo"
    /// The demo user's API key (`RAX-KSKEY:apiKeyCredentials`).
    public static let demoAPIKey = "demo-api-key"
    /// The demo user's password (`passwordCredentials`).
    public static let demoPassword = "demo-password"
}
