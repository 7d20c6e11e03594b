import Foundation
import LineEditing
import Testing

/// The program `EditLineReaderTerminalTests` runs inside a tmux pane: the test
/// binary re-executed with `LINEEDITING_DRIVER` set, filtered to this test.
/// It reads numbered prompts until end of input and reports each result on a
/// line of its own, numbered like the prompt, so the controlling test can wait
/// for that exact result.
@Suite struct TerminalDriver {
    static let isDriver = ProcessInfo.processInfo.environment["LINEEDITING_DRIVER"] != nil

    static let words = ["agents", "agent-logs", "backups/", "résumé", "réseau", "日本語"]

    /// Completes the word before the cursor from `words`.
    static let complete: CompletionProvider = { line, cursor in
        let characters = Array(line)[..<cursor]
        let start = characters.lastIndex(of: " ").map { $0 + 1 } ?? 0
        let word = String(characters[start...])
        return Completion(replacementStart: start, candidates: words.filter { $0.hasPrefix(word) })
    }

    @Test(.enabled(if: isDriver, "runs only inside EditLineReaderTerminalTests' terminal"))
    func run() {
        alarm(120)  // ends the driver even if its controlling test never does
        let environment = ProcessInfo.processInfo.environment
        let history = environment["LINEEDITING_HISTORY"].map { HistoryStore(path: $0) }
        guard let reader = EditLineReader(
            history: history, completion: Self.complete, editrcPath: environment["LINEEDITING_EDITRC"])
        else {
            Issue.record("libedit could not be initialised")
            return
        }
        if let mode = environment["LINEEDITING_MODE"].flatMap(EditingMode.init(rawValue:)) {
            reader.editingMode = mode
        }
        print("mode:\(reader.editingMode.rawValue)")
        var number = 1
        while true {
            switch reader.readLine(prompt: "\u{1}\u{1B}[1m\u{1}p\(number)>\u{1}\u{1B}[0m\u{1} ") {
            case .line(let line):
                print("out\(number):[\(line)]")
                reader.addHistory(line)
            case .interrupted:
                print("out\(number):interrupted")
            case .endOfInput:
                print("out\(number):eof")
                return
            }
            number += 1
        }
    }
}
