import BshRuntime
import Synchronization

/// A host that keeps what the shell printed, standing in for a terminal.
final class RecordingHost: ShellHost {
    private let streams = Mutex<(output: String, error: String)>(("", ""))
    let showsProgress = false
    let usesColor = false
    /// The width of the terminal it stands for; nil for a pipe.
    let outputWidth: Int?

    init(outputWidth: Int? = nil) {
        self.outputWidth = outputWidth
    }

    func writeOutput(_ text: String) { streams.withLock { $0.output += text } }
    func writeError(_ text: String) { streams.withLock { $0.error += text } }

    var output: String { streams.withLock { $0.output } }
    var error: String { streams.withLock { $0.error } }
}
