#if os(Linux)
import BshTestSupport
import Foundation
import TerminalTestSupport
import Testing

/// What a person sees at the prompt: the report's day glyphs, and a job's progress line with its
/// events above it.
@Suite(.enabled(if: TmuxSession.executable != nil, "needs tmux"))
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
}
#endif
