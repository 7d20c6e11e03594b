/// Where the shell's output goes. The runtime reaches the terminal only through this, so it runs
/// the same under a test, a pipe or a real terminal.
public protocol ShellHost: Sendable {
    /// Writes results (tables, JSON documents) to standard output.
    func writeOutput(_ text: String)
    /// Writes messages and errors to standard error.
    func writeError(_ text: String)
    /// True when standard error is a terminal a person watches: progress may be shown there.
    var showsProgress: Bool { get }
    /// True when colours may be used on standard error.
    var usesColor: Bool { get }
    /// True when results may carry colours (standard output is a terminal and `NO_COLOR` is unset).
    var colorsOutput: Bool { get }
    /// The width of the terminal standard output is, in columns; nil when it is not a terminal.
    var outputWidth: Int? { get }
    /// The lines typed at the prompt so far, oldest first, for `history`; empty outside the prompt.
    func historyEntries() -> [String]
    /// The size of the terminal standard error is, when progress is shown there: how much room a
    /// block of progress lines (a parallel loop's) has. Nil when unknown: no block is drawn.
    var progressArea: TerminalSize? { get }
    /// Shows `lines` at the bottom of standard error in place of those shown before (none: removes
    /// them). Whatever else is written, to either stream and by whichever part of the program, goes
    /// above them: they are erased first, and shown again by the next call.
    func showBlock(_ lines: [String])
}

/// A terminal's size in columns and lines.
public struct TerminalSize: Sendable, Equatable {
    public var columns: Int
    public var lines: Int

    public init(columns: Int, lines: Int) {
        self.columns = columns
        self.lines = lines
    }
}

extension ShellHost {
    public func historyEntries() -> [String] { [] }
    public var colorsOutput: Bool { false }
    public var outputWidth: Int? { nil }
    public var progressArea: TerminalSize? { nil }
    public func showBlock(_ lines: [String]) {}
}
