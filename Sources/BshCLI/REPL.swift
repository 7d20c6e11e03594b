import BshLanguage
import BshRuntime
import Foundation
import LineEditing
import Synchronization

/// The interactive prompt: libedit with history and completion; a statement failing does not end
/// the session, and Ctrl-C cancels the running statement, not the shell.
struct REPL {
    let host: StandardHost
    let services: any ServiceProvider
    /// How results are printed, from the command line.
    let options: RuntimeOptions
    let runsStartupFile: Bool
    let environment: [String: String]
    /// Decides which lines the history keeps.
    let admission: HistoryAdmission

    /// Reads lines on the main thread, where libedit sees terminal resizes.
    @MainActor
    func run() async -> Int32 {
        let history = HistoryStore(
            path: HistoryLocation.path(environment: environment),
            policy: HistoryPolicy(maxEntries: 2000, shouldSave: { [admission] in admission.admits($0) }))
        let host = PromptHost(base: self.host, history: history.entries)
        var options = self.options
        options.continueOnError = true
        let shell = Shell(host: host, services: services, options: options)
        let snapshot = CompletionSnapshot()
        if runsStartupFile, let startup = StartupFile.path(environment: environment) {
            await StartupFile.run(startup, in: shell, host: host)
        }
        let reader = makeLineReader(programName: "bsh", history: history, completion: { line, cursor in
            let (start, candidates) = Completer.complete(line: line, cursor: cursor, context: snapshot.context)
            return Completion(replacementStart: start, candidates: candidates)
        })
        var status: Int32 = 0
        var buffer = ""
        while true {
            let prompt = buffer.isEmpty ? await promptText(shell) : "... "
            switch reader.readLine(prompt: prompt) {
            case .endOfInput:
                if !buffer.isEmpty { host.writeError("bsh: incomplete input discarded\n") }
                host.writeError("\n")
                return status
            case .interrupted:
                buffer = ""
                continue
            case .line(let line):
                buffer += buffer.isEmpty ? line : "\n" + line
                guard InputCompleteness.isComplete(buffer) else { continue }
                let text = buffer
                buffer = ""
                guard !text.allSatisfy(\.isWhitespace) else { continue }
                reader.addHistory(text)
                host.updateHistory(history.entries)
                status = await runLine(text, shell: shell, host: host)
                if let stopped = ProcessStop.shared.cause?.exitStatus { return stopped }
                snapshot.context = await shell.completionContext()
                // Detached: the main actor is busy in the line editor while the next line is typed.
                Task.detached {
                    await shell.prefetchAgents()
                    snapshot.context = await shell.completionContext()
                }
                if let exit = await shell.exitRequested { return exit }
            }
        }
    }

    private func runLine(_ text: String, shell: Shell, host: PromptHost) async -> Int32 {
        let source = SourceFile(name: "<prompt>", text: text)
        let parsed = Parser.parse(source)
        if parsed.hasErrors {
            host.writeDiagnostics(parsed.diagnostics, in: source)
            return ExitStatus.usage.rawValue
        }
        return await InterruptibleTask.run { await shell.run(parsed.program, in: source, showLocations: false) }
    }

    private func promptText(_ shell: Shell) async -> String {
        let place = await services.placeName
        if let here = await shell.promptPlace { return "bsh \(place):\(here)> " }
        return "bsh \(place)> "
    }
}

/// The completion context, updated after each statement and read by the line editor.
final class CompletionSnapshot: Sendable {
    private let state = Mutex(CompletionContext())

    var context: CompletionContext {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}

/// Where the prompt's history lives: `$XDG_STATE_HOME/bsh/history`, by default `~/.local/state/bsh/history`.
enum HistoryLocation {
    static func path(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/bsh/history" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/state/bsh/history"
    }
}
