import BshLanguage
import BshRuntime
import Foundation

/// The statements run when the prompt starts: `$XDG_CONFIG_HOME/bsh/.bshrc` (by default
/// `~/.config/bsh/.bshrc`), skipped with `--norc`.
enum StartupFile {
    static func path(environment: [String: String]) -> String? {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        let path = config + "/bsh/.bshrc"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Runs the file; a parse error or a failed statement is reported and the prompt starts anyway.
    static func run(_ path: String, in shell: Shell, host: any ShellHost) async {
        guard let text = ScriptRunner.read(path: path, host: host) else {
            return
        }
        let source = SourceFile(name: path, text: text)
        let parsed = Parser.parse(source)
        guard !parsed.hasErrors else {
            host.writeDiagnostics(parsed.diagnostics, in: source)
            return
        }
        _ = await InterruptibleTask.run { await shell.run(parsed.program, in: source) }
    }
}
