import ArgumentParser
import BshLanguage
import BshRuntime
import Foundation

/// `bsh run RUNBOOK.md`: runs the ```bsh blocks of a Markdown document in order, as numbered steps.
struct RunbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bsh run",
        abstract: "Run the ```bsh code blocks of a Markdown runbook as numbered steps.",
        discussion: """
            Each ```bsh block is a step, named by the nearest heading above it; prose and other code blocks are \
            left alone. Every step is parsed before the first one runs. Steps share one session: variables, \
            procedures and the current agent carry over. The run stops at the first failing step unless \
            --keep-going; --from resumes at a step (its number or the start of its heading).
            """)

    @Flag(help: "Run the remaining steps after a step fails.")
    var keepGoing = false

    @Option(help: ArgumentHelp("Start at this step: its number, or its heading (or the start of it).", valueName: "step"))
    var from: String?

    @Flag(help: "Print results as JSON, one document per line.")
    var json = false

    @Flag(name: .customShort("x"), help: "Print each statement before it runs, secrets hidden.")
    var trace = false

    @Flag(help: "Print every request to the service, its answer, timing and retries on standard error, credentials hidden (BSH_DEBUG=1).")
    var debug = false

    @Flag(help: "Use the embedded emulator even when credentials are set.")
    var emulator = false

    @Option(help: ArgumentHelp(
        "Also write a report of each step: junit:FILE (JUnit XML, for CI) or json:FILE; may be given more than once.",
        valueName: "kind:file"))
    var report: [ReportRequest] = []

    @Option(help: ArgumentHelp("The config file's profile to connect with (BSH_PROFILE).", valueName: "name"))
    var profile: String?

    @OptionGroup(title: "Output")
    var display: OutputFlags

    @Argument(help: ArgumentHelp("The Markdown runbook.", valueName: "runbook"))
    var path: String

    func validate() throws {
        try display.check(json: json)
    }

    /// Parses `arguments` and runs the runbook; returns the exit status.
    static func main(_ arguments: [String]) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let command: RunbookCommand
        switch parseOrExit(arguments, host: StandardHost(environment: environment)) {
        case .success(let parsed): command = parsed
        case .failure(let exit): return exit.rawValue
        }
        let host = StandardHost(environment: environment, noColor: command.display.noColor)
        guard let text = ScriptRunner.read(path: command.path, host: host) else {
            return ExitStatus.usage.rawValue
        }
        let sources = AccessSources(flags: AccessSettings.Flags(forceEmulator: command.emulator, profile: command.profile), environment: environment)
        let resolved: AccessSources.Resolved
        let timeScale: Double
        do {
            resolved = try sources.resolve()
            timeScale = try EmulatorTimeScale.resolve(environment: environment)
        } catch {
            host.writeError("bsh: \(error.message)\n")
            return error.status.rawValue
        }
        let connector = ServiceConnector(
            resolved: resolved, sources: sources, timeScale: timeScale, host: host,
            debug: DebugOutput.isOn(flag: command.debug, environment: environment), quiet: command.display.quiet)
        var options = command.display.applied(to: RuntimeOptions(json: command.json, trace: command.trace))
        // A profile's `output` is the default; --output and --json on the command line win.
        if command.display.output == nil, !command.json, let output = resolved.output.flatMap(OutputFormat.init(rawValue:)) {
            options.output = output
        }
        let runner = RunbookRunner(host: host, services: connector, options: options, keepGoing: command.keepGoing)
        let (status, report) = await runner.runReporting(Runbook(SourceFile(name: command.path, text: text)), from: command.from)
        await connector.shutdown()
        guard let report else { return status }
        var written = true
        for request in command.report {
            written = request.write(report, host: host) && written
        }
        // A report that could not be written fails a run that passed; any other status stays.
        return written || status != 0 ? status : ExitStatus.failure.rawValue
    }
}
