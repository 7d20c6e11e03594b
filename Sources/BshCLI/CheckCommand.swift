import ArgumentParser
import BshLanguage
import BshRuntime
import Foundation

/// `bsh check FILE…`: parses scripts without running them and prints every problem, like `bash -n`
/// and a linter together.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bsh check",
        abstract: "Check scripts and runbooks (.md) without running them: syntax errors, unknown commands, undefined variables, unreachable code.",
        discussion: "Exit status: 0 when no file has a problem, 2 when any has an error or a warning.")

    @Argument(help: ArgumentHelp("The scripts to check.", valueName: "file"))
    var files: [String]

    /// Parses `arguments` and checks the files; returns the exit status.
    static func main(_ arguments: [String]) async -> Int32 {
        let host = StandardHost(environment: ProcessInfo.processInfo.environment)
        switch parseOrExit(arguments, host: host) {
        case .success(let command): return command.check(host: host)
        case .failure(let exit): return exit.rawValue
        }
    }

    func check(host: StandardHost) -> Int32 {
        var problems = 0
        for path in files {
            guard let text = ScriptRunner.read(path: path, host: host) else {
                problems += 1
                continue
            }
            let source = SourceFile(name: path, text: text)
            let diagnostics: [Diagnostic]
            if Self.isRunbook(path) {
                let runbook = Runbook(source)
                guard !runbook.steps.isEmpty else {
                    host.writeError("bsh: \(path) has no ```bsh code blocks\n")
                    problems += 1
                    continue
                }
                diagnostics = ScriptChecker.check(runbook)
            } else {
                diagnostics = ScriptChecker.check(source)
            }
            host.writeDiagnostics(diagnostics, in: source)
            problems += diagnostics.count
        }
        if problems > 0 {
            host.writeError("\(problems) problem\(problems == 1 ? "" : "s") in \(files.count) file\(files.count == 1 ? "" : "s")\n")
        }
        return problems == 0 ? ExitStatus.success.rawValue : ExitStatus.usage.rawValue
    }

    /// Markdown files are runbooks: their ```bsh blocks are checked, as `bsh run` would run them.
    static func isRunbook(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown")
    }
}
