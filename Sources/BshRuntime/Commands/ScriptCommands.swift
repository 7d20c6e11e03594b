import BshLanguage
import BshValues
import Foundation

/// Commands for scripts: `sleep` and `source`.
enum ScriptCommands: CommandFamily {
    static let specs: [CommandSpec] = [
        CommandSpec(
            "sleep", group: .shell, summary: "pause the script", usage: "sleep DURATION", example: "sleep 5s", usesService: false
        ) { _, arguments in
            guard let duration = try arguments.duration() else {
                throw ShellError.usage("missing duration", hint: "usage: sleep DURATION, as in sleep 500ms or sleep 5s")
            }
            try arguments.finish(usage: "sleep DURATION")
            try await Task.sleep(for: duration)
            return .none
        },
        CommandSpec(
            "source", group: .shell, summary: "run a script file here: its procedures and variables stay defined",
            usage: "source FILE", example: "source lib.bsh", usesService: false
        ) { shell, arguments in
            let path = try arguments.required("FILE", usage: "source FILE")
            try arguments.finish(usage: "source FILE")
            try await shell.source(path)
            return .none
        },
    ]
}

extension Shell {
    /// Parses a whole file, then runs it in the current scope. A path is read relative to the running
    /// script's directory when the file is there, else to the working directory.
    func source(_ path: String) async throws {
        guard session.callDepth < Session.maximumCallDepth else {
            throw ShellError.failure(
                "sourced files and procedure calls nested more than \(Session.maximumCallDepth) deep", hint: "does '\(path)' source itself?")
        }
        session.callDepth += 1
        defer { session.callDepth -= 1 }
        let directory = (session.source.name as NSString).deletingLastPathComponent
        let besideScript = path.hasPrefix("/") || directory.isEmpty ? path : directory + "/" + path
        let resolved = FileManager.default.fileExists(atPath: besideScript) ? besideScript : path
        let text: String
        switch SourceReader.read(path: resolved) {
        case .success(let read): text = read
        case .failure(let failure):
            throw ShellError.failure(
                "cannot read '\(path)': \(failure.reason)", hint: "it is read relative to the script, then to the working directory")
        }
        let file = SourceFile(name: resolved, text: text)
        let parsed = Parser.parse(file)
        if parsed.hasErrors {
            host.writeDiagnostics(parsed.diagnostics, in: file)
            throw ShellError.usage("'\(path)' has syntax errors; nothing in it ran")
        }
        let caller = session.source
        session.source = file
        defer { session.source = caller }
        try await executeBlock(parsed.program.statements)
    }
}
