import BshRuntime
import Synchronization

/// The prompt's host: the process's standard streams, plus the history `history` lists (a copy
/// the prompt refreshes after each line, since the line editor owns the history itself).
final class PromptHost: ShellHost {
    private let base: StandardHost
    private let history: Mutex<[String]>

    init(base: StandardHost, history: [String]) {
        self.base = base
        self.history = Mutex(history)
    }

    var showsProgress: Bool { base.showsProgress }
    var usesColor: Bool { base.usesColor }
    var colorsOutput: Bool { base.colorsOutput }
    var outputWidth: Int? { base.outputWidth }
    var progressArea: TerminalSize? { base.progressArea }
    func writeOutput(_ text: String) { base.writeOutput(text) }
    func writeError(_ text: String) { base.writeError(text) }
    func showBlock(_ lines: [String]) { base.showBlock(lines) }
    func historyEntries() -> [String] { history.withLock { $0 } }

    /// Replaces the copy of the history.
    func updateHistory(_ entries: [String]) {
        history.withLock { $0 = entries }
    }
}
