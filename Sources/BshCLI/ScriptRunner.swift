import BshLanguage
import BshRuntime
import Foundation

/// Runs a script: parses all of it first (a syntax error anywhere runs nothing), then runs it,
/// stopping at the first failed statement.
struct ScriptRunner {
    let host: any ShellHost
    let services: any ServiceProvider
    let options: RuntimeOptions

    func run(_ source: SourceFile) async -> Int32 {
        let parsed = Parser.parse(source)
        if parsed.hasErrors {
            host.writeDiagnostics(parsed.diagnostics, in: source)
            return ExitStatus.usage.rawValue
        }
        let shell = Shell(host: host, services: services, options: options)
        // The process exits right after the script: freeing a large syntax tree one node at a time
        // would only delay that (as compilers skip freeing theirs), so the tree is kept to the end.
        _ = Unmanaged.passRetained(ProgramKeeper(parsed.program))
        return await InterruptibleTask.run { await shell.run(parsed.program, in: source) }
    }

    /// The text of a script file, invalid UTF-8 read leniently; nil, once said why, when it cannot be read.
    static func read(path: String, host: any ShellHost) -> String? {
        report(SourceReader.read(path: path), as: path, host: host)
    }

    /// The statements on standard input; nil, once said why, when it is a directory, closed or too large.
    static func readStandardInput(host: any ShellHost) -> String? {
        report(SourceReader.read(descriptor: STDIN_FILENO), as: "standard input", host: host)
    }

    private static func report(_ result: Result<String, SourceReader.Failure>, as name: String, host: any ShellHost) -> String? {
        switch result {
        case .success(let text): return text
        case .failure(let failure):
            host.writeError("bsh: cannot read \(name): \(failure.reason)\n")
            return nil
        }
    }
}

/// Holds a parsed program until the process exits.
private final class ProgramKeeper: Sendable {
    let program: Program

    init(_ program: Program) {
        self.program = program
    }
}
