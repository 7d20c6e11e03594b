import BshLanguage
import BshValues
import CloudBackupAPI
import CloudBackupClient

/// The evaluator: runs parsed programs statement by statement over the session's state (`Session`
/// for the script, `Workspace` for the service) and reports failures with their location.
public actor Shell {
    /// How the shell runs and prints; `set output` changes the format.
    public internal(set) var options: RuntimeOptions
    let host: any ShellHost
    let services: any ServiceProvider
    /// Prints results as the options say.
    var output: Renderer { Renderer(host: host, options: options) }

    /// What the session knows of the service: the current agent, the pending request, what was browsed.
    var workspace = Workspace()
    /// The status an `exit` statement asked for, once one ran.
    public private(set) var exitRequested: Int32?
    /// The script's variables, procedures and error handling.
    var session: Session
    /// In an iteration of a parallel loop, where it shows what it does as it runs.
    var lane: IterationLane?

    public init(host: any ShellHost, services: any ServiceProvider, options: RuntimeOptions = .init()) {
        self.host = host
        self.services = services
        self.options = options
        self.session = Session(arguments: options.arguments, continueOnError: options.continueOnError, tracing: options.trace)
        session.progress = options.progress
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

    /// The agent commands act on.
    public var currentAgent: AgentRef? { workspace.currentAgent }
    /// The last asynchronous request started, which `wait` waits for.
    public var pending: PendingRequest? { workspace.pending }
    /// The browse results received so far.
    public var browseCache: BrowseCache { workspace.browseCache }

    /// The client, asked of the provider on first use.
    func client() async throws -> any CloudBackupService {
        try await services.client()
    }

    func interrupted() -> Int32 {
        host.writeError("bsh: interrupted\n")
        return ExitStatus.interrupted.rawValue
    }
}

