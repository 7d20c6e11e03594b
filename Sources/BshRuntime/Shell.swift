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

    /// The script's variables.
    var variables = Variables()
    /// Procedures defined with `def`, with the file each was defined in.
    var procedures: [String: (procedure: Procedure, source: SourceFile)] = [:]
    /// The file whose statements are running, for error locations.
    var currentSource = SourceFile(name: "", text: "")
    /// Whether a failed statement stops the script (`on error stop`) or the script carries on.
    var continueOnError: Bool
    /// Print each statement before it runs (`-x`, `set trace on`).
    var tracing: Bool
    /// Nesting depth of `try` blocks: inside one, a failure goes to its `catch` whatever `on error` says.
    var tryDepth = 0
    /// The script's arguments: `$1`…, `$args`.
    var scriptArguments: [String]
    /// The item of the innermost `where`, `sort` or `each`, whose fields bare names designate.
    var item: Value?
    /// The status of the last failure the script carried on after.
    var carriedFailure: Int32?
    /// How many procedure calls are in progress, one inside the other.
    var callDepth = 0
    /// Past this many nested procedure calls, a call fails: a procedure that calls itself without end
    /// stops with an error instead of growing without bound.
    static let maximumCallDepth = 1000

    public init(host: any ShellHost, services: any ServiceProvider, options: RuntimeOptions = .init()) {
        self.host = host
        self.services = services
        self.options = options
        self.output = Renderer(host: host, json: options.json, sink: ResultSink())
        self.continueOnError = options.continueOnError
        self.tracing = options.trace
        self.scriptArguments = options.arguments
    }

    /// Runs a whole parsed program. Returns the exit status: that of the first failure when stopping
    /// on errors, of the last failure otherwise.
    public func run(_ program: Program, in source: SourceFile, showLocations: Bool = true) async -> Int32 {
        let previousSource = currentSource
        currentSource = source
        defer { currentSource = previousSource }
        carriedFailure = nil
        do {
            try await executeBlock(program.statements, showLocations: showLocations)
            return carriedFailure ?? ExitStatus.success.rawValue
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

