import BshRuntime
import Synchronization

/// A host that passes everything to another and keeps a copy of what it was given since the last
/// `take()`: a runbook step's output and messages, for its report.
final class CapturingHost: ShellHost {
    private let base: any ShellHost
    private let captured = Mutex((output: "", errors: ""))

    init(base: any ShellHost) {
        self.base = base
    }

    var showsProgress: Bool { base.showsProgress }
    var usesColor: Bool { base.usesColor }
    var colorsOutput: Bool { base.colorsOutput }
    var outputWidth: Int? { base.outputWidth }
    var progressArea: TerminalSize? { base.progressArea }
    func historyEntries() -> [String] { base.historyEntries() }
    /// The block is the terminal's, not part of the step's messages.
    func showBlock(_ lines: [String]) { base.showBlock(lines) }

    func writeOutput(_ text: String) {
        captured.withLock { $0.output += text }
        base.writeOutput(text)
    }

    func writeError(_ text: String) {
        captured.withLock { $0.errors += SecretFilter.hidingURLPasswords(text) }
        base.writeError(text)
    }

    /// What was written since the last call, and forgets it.
    func take() -> (output: String, errors: String) {
        captured.withLock { copy in
            defer { copy = ("", "") }
            return copy
        }
    }
}
