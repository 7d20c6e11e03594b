import BshLanguage
import BshValues
import CloudBackupAPI
import CloudBackupClient

/// The evaluator: runs parsed programs statement by statement, keeps the session's state (the current
/// agent, the pending request, what was browsed) and reports failures with their location.
public actor Shell {
    public let options: RuntimeOptions
    let host: any ShellHost
    let services: any ServiceProvider
    let output: Renderer

    /// The agent commands act on.
    public internal(set) var currentAgent: AgentRef?
    /// The last asynchronous request started, which `wait` waits for.
    public internal(set) var pending: PendingRequest?
    /// Browse results kept as they arrive: the service forgets them after about a minute.
    public internal(set) var browseCache = BrowseCache()
    /// The project's agents, fetched once and refreshed when a lookup misses.
    var agents: [Agent]?
    /// The current directory on each agent, for `cd`, `ls` and `pwd`.
    var remoteDirectories: [String: RemoteName] = [:]
    /// The ID of the last configuration, backup, restore or cleanup this session created, by kind,
    /// which `last` designates.
    var lastCreated: [String: String] = [:]
    /// The log file IDs last listed or requested for each agent, for completion.
    var seenLogFileIDs: [String: [String]] = [:]
    /// The log file last requested from each agent, which `logs … last` designates.
    var lastLogFileID: [String: String] = [:]
    /// When agents were last switched to `real_time`.
    var lastActivation: ContinuousClock.Instant?
    /// The status an `exit` statement asked for, once one ran.
    public private(set) var exitRequested: Int32?
    /// The script's variables, procedures and error handling.
    var session: Session

    public init(host: any ShellHost, services: any ServiceProvider, options: RuntimeOptions = .init()) {
        self.host = host
        self.services = services
        self.options = options
        self.output = Renderer(host: host, json: options.json, sink: ResultSink())
        self.session = Session(arguments: options.arguments, continueOnError: options.continueOnError, tracing: options.trace)
    }

    /// Runs a whole parsed program. Returns the exit status: that of the first failure when stopping
    /// on errors, of the last failure otherwise.
    public func run(_ program: Program, in source: SourceFile, showLocations: Bool = true) async -> Int32 {
        let previousSource = session.source
        session.source = source
        defer { session.source = previousSource }
        session.carriedFailure = nil
        do {
            try await executeBlock(StatementCompiler.compile(program.statements, once: true), showLocations: showLocations)
            return session.carriedFailure ?? ExitStatus.success.rawValue
        } catch let exit as ExitRequest {
            exitRequested = exit.status
            return exit.status
        } catch let failure as Failure {
            if Task.isCancelled { return interrupted() }
            return report(failure, showLocation: showLocations)
        } catch let signal as ControlSignal {
            return report(misplaced(signal), showLocation: showLocations)
        } catch {
            return interrupted()
        }
    }

    /// The client, asked of the provider on first use.
    func client() async throws -> CloudBackupClient {
        try await services.client()
    }

    func interrupted() -> Int32 {
        host.writeError("bsh: interrupted\n")
        return ExitStatus.interrupted.rawValue
    }
}

