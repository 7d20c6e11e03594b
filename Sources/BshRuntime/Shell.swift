import BshLanguage
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

    public init(host: any ShellHost, services: any ServiceProvider, options: RuntimeOptions = .init()) {
        self.host = host
        self.services = services
        self.options = options
        self.output = Renderer(host: host, json: options.json)
    }

    /// Runs a whole parsed program. Returns the exit status: that of the first failure when stopping
    /// on errors, of the last failure otherwise.
    public func run(_ program: Program, in source: SourceFile, showLocations: Bool = true) async -> Int32 {
        var status = ExitStatus.success.rawValue
        for statement in program.statements {
            if Task.isCancelled { return interrupted() }
            do {
                try await execute(statement)
            } catch let exit as ExitRequest {
                exitRequested = exit.status
                return exit.status
            } catch is CancellationError {
                return interrupted()
            } catch {
                if Task.isCancelled { return interrupted() }
                status = report(error, at: statement, in: source, showLocation: showLocations)
                if !options.continueOnError { return status }
            }
        }
        return status
    }

    func execute(_ statement: Statement) async throws {
        switch statement.command {
        case nil:
            throw ShellError.usage("not supported yet")
        case let command?:
            let name = command.name.value
            guard let spec = CommandRegistry.command(named: name) else {
                let suggestions = CommandRegistry.suggestions(for: name)
                throw ShellError.usage(
                    "unknown command '\(name)'",
                    hint: suggestions.isEmpty ? "type 'help' for the list of commands" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?")
            }
            var arguments = Arguments(command: name, words: command.arguments)
            do {
                try await spec.run(self, &arguments)
            } catch let error as ShellError {
                throw CommandFailure(command: name, error: error)
            } catch let error as APIError {
                throw CommandFailure(command: name, error: ErrorAdvice.shellError(for: error))
            }
        }
    }

    /// The client, asked of the provider on first use.
    func client() async throws -> CloudBackupClient {
        try await services.client()
    }

    private func interrupted() -> Int32 {
        host.writeError("bsh: interrupted\n")
        return ExitStatus.interrupted.rawValue
    }
}

/// A statement's failure, with the command it came from.
struct CommandFailure: Error {
    let command: String
    let error: ShellError
}
