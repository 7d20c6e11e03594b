#if os(Linux)
import BshTestSupport
import Foundation
import TerminalTestSupport
import Testing

/// Tables and help in real terminals 80 and 200 columns wide (tmux panes): they fit the width, with
/// short IDs, local times and ages, and binary sizes; `--wide` and a resized window are followed, and
/// `--no-color` leaves headers plain.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
// On the main actor: these tests wait by polling a pane and sleeping, which on Swift's two or so
// pool threads would starve every asynchronous test running beside them.
@MainActor
struct TerminalWidthTests {
    /// A pane `width` columns wide running bsh with `arguments`, in UTC, without colours, against the
    /// embedded emulator; gives the screen once bsh has exited.
    static func screen(width: Int, _ arguments: [String]) throws -> String {
        try withPane(width: width, arguments) { session in
            try session.waitUntilExited()
            return try session.screen()
        }
    }

    static func withPane<T>(width: Int, _ arguments: [String], colours: Bool = false, _ body: (TmuxSession) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-width-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment = [
            "HOME": directory.path, "XDG_STATE_HOME": directory.appendingPathComponent("state").path, "TERM": "xterm", "TZ": "UTC",
            "BSH_EMULATOR_TIME_SCALE": "0.02",
        ]
        if !colours { environment["NO_COLOR"] = "1" }
        let unset = ["COLUMNS", "RAX_USERNAME", "RS_USERNAME", "OS_USERNAME", "BSH_ENDPOINT", "BSH_TOKEN"] + (colours ? ["NO_COLOR"] : [])
        let session = try TmuxSession(
            ["env"] + unset.flatMap { ["-u", $0] } + [BshProcess.executable.path, "--norc"] + arguments,
            environment: environment, socket: directory.appendingPathComponent("tmux").path, width: width, height: 50)
        defer { session.kill() }
        return try body(session)
    }

    /// The lines of the screen from the one starting with `header` to the first empty one after it.
    static func table(_ screen: String, header: String) throws -> [Substring] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix(header) }, "no line starting with \(header) in:\n\(screen)")
        return Array(lines[start...].prefix { !$0.isEmpty })
    }

    /// web01's three weeks of nightly backups but a failed and a partial one.
    static let backups = ["-c", "agent web01; backups --agent web01 --state completed"]

    @Test func backupsFitEightyColumnsWithShortIDsTimesAgesAndSizes() throws {
        let screen = try Self.screen(width: 80, Self.backups)
        let table = try Self.table(screen, header: "ID ")
        #expect(table.count == 20, "\(screen)")
        // Joined lines (capture-pane -J): a row that wrapped would be longer than the pane.
        #expect(table.allSatisfy { $0.count <= 80 }, "\(screen)")
        // ENDED is left out first; the age stays beside STARTED.
        #expect(table[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "AGE", "BYTES", "ERRORS"])
        let row = #/^[0-9a-f]{8}  [0-9a-f]{8}  completed  20\d\d-\d\d-\d\d \d\d:\d\d +\d+[dh] +\d+(\.\d)? [KM]iB +0$/#
        for line in table.dropFirst() {
            #expect(line.wholeMatch(of: row) != nil, "\(line)")
        }
    }

    @Test func backupsAtTwoHundredColumnsShowEveryColumn() throws {
        let screen = try Self.screen(width: 200, Self.backups)
        let table = try Self.table(screen, header: "ID ")
        #expect(table[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "AGE", "ENDED", "BYTES", "ERRORS"])
        let row = #/^[0-9a-f]{8}  [0-9a-f]{8}  completed  (20\d\d-\d\d-\d\d \d\d:\d\d) +\d+[dh]  (20\d\d-\d\d-\d\d \d\d:\d\d) +\d+(\.\d)? [KM]iB +0$/#
        for line in table.dropFirst() {
            #expect(line.wholeMatch(of: row) != nil, "\(line)")
        }
    }

    @Test func wideShowsEveryValueWholeHoweverNarrowTheTerminal() throws {
        let screen = try Self.screen(width: 80, ["--wide"] + Self.backups)
        let table = try Self.table(screen, header: "ID ")
        #expect(table[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "ENDED", "BYTES", "ERRORS"])
        let row = #/^[0-9a-f-]{36}  [0-9a-f-]{36}  completed  20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z  .*Z +\d{6,8} +0$/#
        for line in table.dropFirst() {
            #expect(line.wholeMatch(of: row) != nil, "\(line)")
        }
    }

    @Test func helpWrapsToTheWidth() throws {
        let narrow = try Self.screen(width: 80, ["-c", "help"])
        let lines = narrow.split(separator: "\n")
        #expect(lines.contains("Configurations and backups:"), "\(narrow)")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(narrow)")
        // A usage too long for its column has a line of its own, its summary below it.
        let usage = try #require(lines.firstIndex { $0.hasPrefix("  backup start CONFIG | backup show") })
        #expect(lines[usage + 1].hasPrefix(String(repeating: " ", count: 19)))
        let backups = try #require(lines.firstIndex { $0.hasPrefix("  backups [--config ID] [--agent A]") })
        #expect(lines[backups + 1] == String(repeating: " ", count: 19) + "list the project's backups, or one configuration's or", "\(narrow)")
        let configs = try #require(lines.firstIndex { $0.hasPrefix("  configs [--all]  ") })
        #expect(lines[configs + 1].hasPrefix(String(repeating: " ", count: 19) + "project's with --all"), "\(narrow)")

        let wide = try Self.screen(width: 200, ["-c", "help"])
        #expect(wide.contains("  backups [--config ID]"), "\(wide)")
        #expect(wide.split(separator: "\n").contains {
            $0.hasPrefix("  backups [--config ID] ") && $0.hasSuffix("list the project's backups, or one configuration's or agent's, by state and age")
        })
        #expect(wide.split(separator: "\n").allSatisfy { $0.count <= 200 })
    }

    @Test func aFanOutsTablesFitTheTerminalToo() throws {
        let script = #"for name in ["web01", "db01", "mail01"] parallel 3 { agent $name; activities --agent }"#
        for width in [80, 200] {
            let screen = try Self.screen(width: width, ["-c", script])
            let lines = screen.split(separator: "\n")
            let headers = lines.filter { $0.hasPrefix("ID ") }
            #expect(headers.count == 3, "\(screen)")
            #expect(headers.allSatisfy { $0.split(separator: " ") == ["ID", "TYPE", "STATE", "AGENT", "UPDATED", "AGE"] })
            let rows = lines.filter {
                $0.wholeMatch(of: #/^[0-9a-f]{8}  backup  [a-z_]+ +[0-9a-f]{8}  20\d\d-\d\d-\d\d \d\d:\d\d +\d+[dhm]$/#) != nil
            }
            // The seeded history of the three agents: 21, 77 and 46 backups.
            #expect(rows.count == 21 + 77 + 46, "\(screen)")
            #expect(lines.allSatisfy { $0.count <= width }, "\(screen)")
            // The notice of the first use of the service, written while the block was shown, is printed
            // above it, and the block is gone at the end.
            #expect(lines.first?.hasPrefix("bsh: no credentials; using the embedded emulator") == true, "\(screen)")
            #expect(!lines.contains { $0.hasPrefix("parallel:") }, "\(screen)")
        }
    }

    @Test func headersAreBoldUnlessNoColorIsGiven() throws {
        let arguments = ["-c", "agents | count; agents"]
        let bold = try Self.withPane(width: 120, arguments, colours: true) { session in
            try session.waitUntilExited()
            return try session.screen(escapes: true)
        }
        #expect(bold.contains("\u{1B}[1mNAME"), "\(bold)")
        let plain = try Self.withPane(width: 120, ["--no-color"] + arguments, colours: true) { session in
            try session.waitUntilExited()
            return try session.screen(escapes: true)
        }
        #expect(plain.contains("NAME    ID"), "\(plain)")
        #expect(!plain.contains("\u{1B}[1m"), "\(plain)")
    }

    @Test func aResizedWindowIsFollowedAtThePrompt() throws {
        try Self.withPane(width: 200, []) { session in
            try session.expect("bsh emulator> ")
            // The markers are worked out, so that the typed line does not already show them.
            try session.type("agent web01; backups --agent web01 --state completed; echo ${1 + 1}-done")
            try session.press("Enter")
            try session.expect("\n2-done\n")
            #expect(try Self.table(session.screen(), header: "ID ")[0].contains("ENDED"))
            try session.resize(width: 80, height: 50)
            try session.type("echo ${2 + 2}-resized; backups --agent web01 --state completed; echo ${2 + 3}-done")
            try session.press("Enter")
            try session.expect("\n5-done\n")
            let screen = try session.screen()
            let after = String(screen[try #require(screen.range(of: "\n4-resized\n")).upperBound...])
            let table = try Self.table(after, header: "ID ")
            #expect(table[0].split(separator: " ") == ["ID", "CONFIG", "STATE", "STARTED", "AGE", "BYTES", "ERRORS"], "\(after)")
            #expect(table.allSatisfy { $0.count <= 80 })
        }
    }
}
#endif
