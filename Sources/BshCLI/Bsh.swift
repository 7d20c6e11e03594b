import ArgumentParser
import BshLanguage
import BshRuntime
import Foundation

/// The entry point of the `bsh` executable.
public enum Bsh {
    /// Process-wide settings that must precede any other thread: call first, before `main`.
    public static func prepareProcess() {
        MemoryTuning.apply()
        StandardDescriptors.reserveClosed()
        // A write to a closed pipe then fails with EPIPE, which the host turns into a quiet stop
        // after the running statement's clean-up, instead of killing the process mid-request.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Parses the command line, runs what it asks for, and exits with the documented status.
    public static func main() async -> Never {
        exit(ProcessStop.shared.exitStatus(otherwise: await dispatch(Array(CommandLine.arguments.dropFirst()))))
    }

    private static func dispatch(_ arguments: [String]) async -> Int32 {
        if arguments.first == "check" { return await CheckCommand.main(Array(arguments.dropFirst())) }
        if arguments.first == "run" { return await RunbookCommand.main(Array(arguments.dropFirst())) }
        if let invocation = ShellInvocation.plain(arguments) { return await run(invocation) }
        switch BshCommand.parseOrExit(arguments, host: StandardHost(environment: ProcessInfo.processInfo.environment)) {
        case .success(let command): return await run(command.invocation)
        case .failure(let status): return status.rawValue
        }
    }

    static func run(_ invocation: ShellInvocation) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let host = StandardHost(environment: environment, noColor: invocation.noColor)
        let sources = AccessSources(flags: invocation.access, environment: environment)
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
            debug: DebugOutput.isOn(flag: invocation.debug, environment: environment), quiet: invocation.quiet)
        defer { Task { await connector.shutdown() } }
        var options = invocation.options
        // A profile's `output` is the default; --output and --json on the command line win.
        if !invocation.outputGiven, let output = resolved.output.flatMap(OutputFormat.init(rawValue:)) {
            options.output = output
        }
        let status: Int32
        if let statements = invocation.statements {
            status = await ScriptRunner(host: host, services: connector, options: options)
                .run(SourceFile(name: "-c", text: statements))
        } else if let path = invocation.script, path != "-" {
            guard let text = ScriptRunner.read(path: path, host: host) else {
                return ExitStatus.usage.rawValue
            }
            status = await ScriptRunner(host: host, services: connector, options: options)
                .run(SourceFile(name: path, text: text))
        } else if invocation.script == nil, isatty(STDIN_FILENO) == 1 {
            status = await REPL(
                host: host, services: connector, options: options, runsStartupFile: !invocation.norc, environment: environment,
                admission: HistoryAdmission(secretsInUse: connector.secretsInUse)
            ).run()
        } else {
            guard let text = ScriptRunner.readStandardInput(host: host) else { return ExitStatus.usage.rawValue }
            status = await ScriptRunner(host: host, services: connector, options: options)
                .run(SourceFile(name: "<stdin>", text: text))
        }
        await connector.shutdown()
        return status
    }
}
