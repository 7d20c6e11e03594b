import Foundation

/// A detached tmux session on a private server: a real terminal a test can
/// type into and read back, without a terminal of its own.
public final class TmuxSession {
    public struct Timeout: Error, CustomStringConvertible {
        public let expected: String
        public let screen: String
        public var description: String { "timed out waiting for \(expected); screen:\n\(screen)" }
    }

    /// The tmux executable on PATH, if any.
    public static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    private let socket: String

    /// Starts `arguments` in an 80×24 pane, with `environment` added to the
    /// pane's environment and the locale variables removed. The server listens
    /// on `socket`, a path the caller removes afterwards (with `socket.conf` beside it).
    public init(_ arguments: [String], environment: [String: String], socket: String, width: Int = 80, height: Int = 24) throws {
        self.socket = socket
        // tmux keeps what a program erases from the top of the pane (ESC [ J at the first line) in the
        // pane's history, where a test reading it would find lines the program did erase.
        let configuration = socket + ".conf"
        try "set-option -g scroll-on-clear off\n".write(toFile: configuration, atomically: true, encoding: .utf8)
        let command = ["env", "-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE"]
            + environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            + arguments
        // The server this starts outlives the command and would hold a
        // captured output pipe open forever, so nothing is captured here.
        try tmux(
            [
                "-f", configuration, "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                command.map(Self.quoted).joined(separator: " "),
                ";", "set-option", "-t", "main", "remain-on-exit", "on",
            ], capturingOutput: false)
    }

    /// Types `text` literally.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Presses named keys such as `Enter`, `Tab`, `Up` or `C-c`.
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// The pane's text, scrollback included; with `escapes`, colours and attributes as ANSI sequences.
    public func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-S", "-500", "-t", "main"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen until it contains `text`, failing after `timeout` seconds.
    public func expect(_ text: String, timeout: TimeInterval = 20) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            // The deadline is read before the screen, so a process that was not scheduled for a
            // while still looks at the screen once more before giving up.
            let late = Date() >= deadline
            let current = try screen()
            if current.contains(text) { return }
            if late { throw Timeout(expected: text, screen: current) }
            usleep(20_000)
        }
    }

    /// Polls until the command in the pane has exited, failing after `timeout` seconds.
    public func waitUntilExited(timeout: TimeInterval = 20) throws {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while try tmux(["display-message", "-p", "-t", "main", "#{pane_dead}"]).trimmingCharacters(in: .whitespacesAndNewlines) != "1" {
            guard Date() < deadline else { throw Timeout(expected: "the command to exit", screen: try screen()) }
            usleep(20_000)
        }
    }

    /// Resizes the window (and its pane) to `width` columns and `height` lines, as a person dragging
    /// the terminal's corner would.
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Stops the session, what runs in it, and the server.
    public func kill() {
        _ = try? tmux(["kill-session", "-t", "main"], capturingOutput: false)
        _ = try? tmux(["kill-server"], capturingOutput: false)
    }

    /// Runs tmux on this session's server and returns what it printed.
    /// Foundation's `Process` is avoided: it can miss the exit of a client
    /// that quits as fast as `new-session -d` does, and wait forever.
    @discardableResult
    private func tmux(_ arguments: [String], capturingOutput: Bool = true) throws -> String {
        let argv = [Self.executable ?? "tmux", "-S", socket] + arguments
        let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        return try ChildProcess.run(argv, environment: env, capturingOutput: capturingOutput)
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
