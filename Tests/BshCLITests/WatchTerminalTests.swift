#if os(Linux)
import BshTestSupport
import Foundation
import TerminalTestSupport
import Testing

/// What a person sees at the prompt: the report's day glyphs, and a job's progress line with its
/// events above it.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
// On the main actor: these tests wait by polling a pane and sleeping, which on Swift's two or so
// pool threads would starve every asynchronous test running beside them.
@MainActor
struct WatchTerminalTests {
    static let glyphs = Set("▁▂▃▄▅▆▇█✗○▸·")

    @Test func theReportDrawsOneGlyphADay() throws {
        try REPLTests.Prompt.with { prompt in
            try prompt.run("report --agent mail01 --days 7")
            try prompt.session.expect("Weekly logs")
            let rows = try prompt.session.screen().split(separator: "\n").filter { $0.hasPrefix("mail01 ") }
            #expect(rows.count == 3)
            for row in rows {
                let history = String(row.split(separator: " ").last ?? "")
                #expect(history.count == 7, "\(row)")
                #expect(history.allSatisfy(Self.glyphs.contains), "\(row)")
            }
        }
    }

    @Test func theGlyphsAreColouredWithoutNoColor() throws {
        try REPLTests.Prompt.with(environment: [:]) { prompt in
            try prompt.run("report --agent db01 --days 7")
            try prompt.session.expect("MySQL data")
            let screen = try prompt.session.screen(escapes: true)
            #expect(screen.contains("\u{1B}[31m✗"), "a failed day in red")
            #expect(screen.contains("\u{1B}[32m"), "good days in green")
        }
    }

    @Test func waitShowsTheJobsProgressLineAndItsEventsAbove() throws {
        try REPLTests.Prompt.with(environment: ["NO_COLOR": "1", "BSH_EMULATOR_TIME_SCALE": "1"]) { prompt in
            try prompt.run("agent web01; let c = configs | first 1; backup start $c[0].id")
            try prompt.session.expect("'wait' for it to finish")
            try prompt.run("wait")
            // The line: state, percent, bytes of the total, rate, time left, files, time so far.
            // Once the agent has reported progress, the totals are known.
            let deadline = Date(timeIntervalSinceNow: 40)
            var line: Substring?
            while line == nil, Date() < deadline {
                line = try prompt.session.screen().split(separator: "\n").last { $0.contains("in_progress  ") && $0.contains(" of ") }
                if line == nil { usleep(20_000) }
            }
            let shown = try #require(line, "a progress line with totals")
            #expect(shown.contains("%") && shown.count <= 79, "\(shown)")
            try prompt.session.expect("backup_completed", timeout: 40)
            try prompt.session.expect("completed\n", timeout: 10)
            let screen = try prompt.session.screen()
            for event in ["backup_queued", "backup_in_progress", "backup_progress"] {
                #expect(screen.contains(event), "the job's events are printed above the line")
            }
            // Once the job has ended the line is gone: the last lines are the result.
            #expect(!screen.split(separator: "\n").suffix(4).contains { $0.contains("in_progress  ") })
        }
    }

    static let fanOut = "for a in $four parallel 4 { agent $a.id; let c = configs | first 1; "
        + "backup start $c[0].id; wait 5m; echo \"$a.name finished\" }"

    /// A line of a parallel loop's block: an agent's name, then the figures of the backup it waits for.
    static func isLane(_ line: Substring) -> Bool {
        line.contains(/^(web01|web02|db01|mail01) +backup [0-9a-f]{8}  [a-z_]+  [0-9]+%/)
    }

    @Test func aParallelLoopShowsALinePerRunningIterationAndErasesThemAtTheEnd() throws {
        try REPLTests.Prompt.with(environment: ["NO_COLOR": "1", "BSH_EMULATOR_TIME_SCALE": "1"]) { prompt in
            try prompt.run("let four = agents | first 4")
            try prompt.run(Self.fanOut)
            // While the backups run: the summary, and a line for each iteration waiting for its backup.
            let deadline = Date(timeIntervalSinceNow: 40)
            var screen = ""
            var lanes: [Substring] = []
            while lanes.count < 2, Date() < deadline {
                screen = try prompt.session.screen(escapes: true)
                lanes = screen.split(separator: "\n").filter(Self.isLane)
                if lanes.count < 2 { usleep(20_000) }
            }
            #expect(lanes.count >= 2, "lines of iterations waiting for their backups:\n\(screen)")
            let summary = screen.split(separator: "\n").filter { $0.hasPrefix("parallel: ") }
            #expect(summary.count == 1, "one summary:\n\(screen)")
            #expect(summary.first?.contains(/^parallel: [0-9] done, 0 failed, [1-4] running of 4$/) == true, "\(summary)")
            #expect(!screen.contains("\u{1B}["), "no colours with NO_COLOR")
            // Each iteration's output comes above the block as it ends; the block is gone at the end.
            try prompt.session.expect("mail01 finished", timeout: 60)
            var lines = try prompt.session.screen().split(separator: "\n")
            let back = Date(timeIntervalSinceNow: 10)
            while lines.last?.hasPrefix("bsh emulator> ") != true, Date() < back {
                usleep(20_000)
                lines = try prompt.session.screen().split(separator: "\n")
            }
            let shown = lines.joined(separator: "\n")
            #expect(!lines.contains { $0.hasPrefix("parallel: ") || Self.isLane($0) }, "the block is erased:\n\(shown)")
            let finished = ["web01", "web02", "db01", "mail01"].compactMap { name in
                lines.firstIndex { $0 == "\(name) finished" }
            }
            #expect(finished.count == 4 && finished == finished.sorted(), "each iteration's output, in the list's order")
            #expect(lines.last?.hasPrefix("bsh emulator> ") == true, "the prompt follows")
        }
    }

    @Test func aShortTerminalShowsHowManyMoreRun() throws {
        try REPLTests.Prompt.with(environment: ["NO_COLOR": "1", "BSH_EMULATOR_TIME_SCALE": "1"]) { prompt in
            try prompt.session.resize(width: 120, height: 6)
            try prompt.run("let four = agents | first 4")
            try prompt.run(Self.fanOut)
            // Six lines: four for the block, the summary, two iterations and how many more run.
            try prompt.session.expect("+2 more running", timeout: 30)
            let lines = try prompt.session.screen().split(separator: "\n")
            let block = try #require(lines.firstIndex { $0.hasPrefix("parallel: ") })
            #expect(lines.count - block <= 4, "\(lines.suffix(6))")
        }
    }
}
#endif
