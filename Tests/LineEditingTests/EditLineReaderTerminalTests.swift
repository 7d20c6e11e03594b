#if os(Linux)
import Foundation
import LineEditing
import TerminalTestSupport
import Testing

/// Drives `EditLineReader` at a real terminal: `TerminalDriver` runs inside a
/// tmux pane and the test types into it and reads the screen back.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
// On the main actor: these tests wait by polling a pane and sleeping, which on Swift's two or so
// pool threads would starve every asynchronous test running beside them.
@MainActor
struct EditLineReaderTerminalTests {
    private func startDriver(
        in directory: TemporaryDirectory, editrc: String, mode: EditingMode? = nil
    ) throws -> TmuxSession {
        let editrcPath = directory.appending("editrc")
        try write(Array(editrc.utf8), to: editrcPath)
        let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        return try TmuxSession(
            [binary, "--testing-library", "swift-testing", "--filter", "TerminalDriver/run"],
            environment: [
                "LINEEDITING_DRIVER": "1",
                "LINEEDITING_EDITRC": editrcPath,
                "LINEEDITING_HISTORY": directory.appending("state/bsh/history"),
                "LINEEDITING_MODE": mode?.rawValue ?? "",
            ],
            socket: directory.appending("tmux"))
    }

    @Test func editsCompletesInterruptsAndRecalls() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let session = try startDriver(in: directory, editrc: "")
        defer { session.kill() }

        try session.expect("mode:emacs")
        try session.expect("p1> ")
        try session.type("hello wörld 日本")
        try session.press("Enter")
        try session.expect("out1:[hello wörld 日本]")

        try session.expect("p2> ")
        try session.type("show ag")
        try session.press("Tab")
        try session.expect("p2> show agent")
        try session.press("Tab")
        try session.expect("agents      agent-logs")
        try session.type("s")
        try session.press("Tab", "Enter")
        try session.expect("out2:[show agents ]")

        try session.expect("p3> ")
        try session.type("x ré")
        try session.press("Tab")
        try session.expect("p3> x rés")
        try session.type("u")
        try session.press("Tab", "Enter")
        try session.expect("out3:[x résumé ]")

        try session.expect("p4> ")
        try session.type("partial")
        try session.expect("p4> partial")
        try session.press("C-c")
        try session.expect("out4:interrupted")
        try session.expect("p5> ")
        try session.type("after")
        try session.press("Enter")
        try session.expect("out5:[after]")

        try session.expect("p6> ")
        try session.press("Up")
        try session.expect("p6> after")
        try session.press("Up")
        try session.expect("p6> x résumé")
        try session.press("Enter")
        // libedit drops one trailing space from a recalled entry.
        try session.expect("out6:[x résumé]")

        try session.expect("p7> ")
        try session.press("C-d")
        try session.expect("out7:eof")

        let historyPath = directory.appending("state/bsh/history")
        let recorded = try contents(of: historyPath)
        #expect(recorded == "hello wörld 日本\nshow agents \nx résumé \nafter\nx résumé\n")
        #expect(permissions(of: historyPath) == 0o600)
        #expect(!(try session.screen()).contains("partialafter"))
    }

    /// vi bindings chosen by an editrc line for the program's name, or by the
    /// `editingMode` property; either way TAB still completes.
    @Test(arguments: [true, false])
    func switchesToViAndKeepsCompletion(throughEditrc: Bool) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let session = try startDriver(
            in: directory,
            editrc: throughEditrc ? "other:bind -e\nbsh:bind -v\n" : "other:bind -v\n",
            mode: throughEditrc ? nil : .vi)
        defer { session.kill() }

        try session.expect("mode:vi")
        try session.expect("p1> ")
        try session.type("x bac")
        try session.press("Tab")
        try session.expect("p1> x backups/")
        try session.press("Enter")
        try session.expect("out1:[x backups/]")

        // Escape, `0` and `i` are vi commands: insert at the start of the line.
        try session.expect("p2> ")
        try session.type("abc")
        try session.press("Escape")
        try session.type("0iZ")
        try session.press("Enter")
        try session.expect("out2:[Zabc]")

        try session.expect("p3> ")
        try session.press("C-d")
        try session.expect("out3:eof")
    }
}
#endif
