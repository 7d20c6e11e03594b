import ArgumentParser
import BshRuntime

extension ParsableCommand {
    /// Parses a command line the way every `bsh` command does: `--help` prints on standard output and
    /// ends with status 0, a usage error prints on standard error and ends with status 2.
    static func parseOrExit(_ arguments: [String], host: StandardHost) -> Result<Self, ExitCode> {
        do {
            return .success(try parse(arguments))
        } catch {
            let isHelp = exitCode(for: error) == .success
            let message = fullMessage(for: error) + "\n"
            isHelp ? host.writeOutput(message) : host.writeError(message)
            return .failure(ExitCode(isHelp ? 0 : ExitStatus.usage.rawValue))
        }
    }
}
