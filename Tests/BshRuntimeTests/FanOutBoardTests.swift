import BshLanguage
import BshValues
import Synchronization
import Testing

@testable import BshRuntime

/// The block a parallel loop shows on a terminal: its lines for a given size, with explicit times,
/// and how it is drawn, cleared for output and erased.
@Suite("Fan-out block")
struct FanOutBoardTests {
    static let job = ProgressRecord(
        job: "1a2b3c4d-0000", kind: "backup", state: "in_progress", percent: 27, bytes: 12_300_000, files: 120,
        totalBytes: 45_600_000, totalFiles: 480, rate: 3_100_000, etaSeconds: 11, elapsed: .seconds(4))

    /// Five iterations of twelve: one done, one failed, web01 waiting for its backup, the others
    /// running commands.
    static var board: FanOutBoard {
        var board = FanOutBoard(total: 12)
        for (index, name) in ["web01", "web02", "db01", "mail01", "a-rather-long-agent-name-indeed", "db02"].enumerated() {
            board.start(index, label: name, at: .seconds(index))
        }
        board.run(0, command: "wait")
        board.show(0, job: job)
        board.run(1, command: "backup start")
        board.run(2, command: "agent")
        board.finish(3, failed: false)
        board.finish(5, failed: true)
        return board
    }

    @Test func eachRunningIterationHasALineUnderTheSummary() {
        let lines = Self.board.lines(at: .seconds(65), width: 200, height: 40, colors: false)
        #expect(lines == [
            "parallel: 1 done, 1 failed, 4 running of 12",
            "web01                            backup 1a2b3c4d  in_progress  27%  12.3 MB of 45.6 MB  3.10 MB/s  ETA 11s"
                + "  120 of 480 files  1m05s",
            "web02                            backup start  1m04s",
            "db01                             agent  1m03s",
            "a-rather-long-agent-name-indeed  1m01s",
        ])
    }

    @Test func anEightyColumnTerminalCutsWhatRunsButNotTheTime() {
        let lines = Self.board.lines(at: .seconds(65), width: 80, height: 40, colors: false)
        #expect(lines == [
            "parallel: 1 done, 1 failed, 4 running of 12",
            "web01                backup 1a2b3c4d  in_progress  27%  12.3 MB of 45.6…  1m05s",
            "web02                backup start  1m04s",
            "db01                 agent  1m03s",
            "a-rather-long-agen…  1m01s",
        ])
        #expect(lines[1].count == 79 && lines.allSatisfy { $0.count < 80 }, "no line wraps")
    }

    @Test func aFortyColumnTerminalKeepsLabelsAndTimes() {
        let lines = Self.board.lines(at: .seconds(65), width: 40, height: 40, colors: false)
        #expect(lines == [
            "parallel: 1 done, 1 failed, 4 running …",
            "web01      backup 1a2b3c4d  in_…  1m05s",
            "web02      backup start  1m04s",
            "db01       agent  1m03s",
            "a-rather…  1m01s",
        ])
        #expect(lines[1].count == 39 && lines.allSatisfy { $0.count < 40 })
    }

    @Test func moreIterationsThanFitEndWithHowManyMoreRun() {
        var board = FanOutBoard(total: 100)
        for index in 0..<30 { board.start(index, label: "agent\(index)", at: .zero) }
        // 24 lines: 22 for the block, the summary and 20 iterations and the count of the rest.
        let lines = board.lines(at: .seconds(2), width: 80, height: 24, colors: false)
        #expect(lines.count == 22)
        #expect(lines.first == "parallel: 0 done, 0 failed, 30 running of 100")
        #expect(lines[1] == "agent0   2s" && lines[20] == "agent19  2s")
        #expect(lines.last == "+10 more running")
        // All fit once as many run as there are lines for them.
        for index in 21..<30 { board.finish(index, failed: false) }
        let fitting = board.lines(at: .seconds(2), width: 80, height: 24, colors: false)
        #expect(fitting.count == 22 && fitting.last == "agent20  2s")
        // A tiny terminal keeps the summary.
        #expect(board.lines(at: .zero, width: 80, height: 3, colors: false) == ["parallel: 9 done, 0 failed, 21 running of 100"])
        #expect(board.lines(at: .zero, width: 80, height: 4, colors: false).last == "+21 more running")
    }

    @Test func coloursOnlyWhenAsked() {
        let plain = Self.board.lines(at: .seconds(65), width: 80, height: 40, colors: false)
        #expect(plain.allSatisfy { !$0.contains("\u{1B}") })
        let coloured = Self.board.lines(at: .seconds(65), width: 80, height: 40, colors: true)
        #expect(coloured[0].contains("\u{1B}[31m1 failed,\u{1B}[0m"))
        #expect(coloured[1].hasPrefix("\u{1B}[1mweb01"))
        // Without its escapes a coloured line is the plain one.
        let stripped = coloured.map { $0.replacing(/\x1B\[[0-9;]*m/, with: "") }
        #expect(stripped == plain)
    }

    @Test func aLabelIsTheRecordsNameElseItsIdElseItsFirstScalarElseTheValue() {
        let agent = Value.record(Record([("id", .string("8f13")), ("name", .string("web01"))]))
        #expect(FanOutBoard.label(for: agent) == "web01")
        #expect(FanOutBoard.label(for: .record(Record([("flag", .bool(true)), ("id", .int(42))]))) == "42")
        #expect(FanOutBoard.label(for: .record(Record([("on", .bool(true)), ("host", .string("h1"))]))) == "h1")
        #expect(FanOutBoard.label(for: .int(3)) == "3")
        #expect(FanOutBoard.label(for: .string("two\nlines")) == "two lines")
    }

    @Test func theTimeIsInWholeSeconds() {
        #expect(FanOutBoard.elapsedText(.milliseconds(900)) == "0s")
        #expect(FanOutBoard.elapsedText(.seconds(185)) == "3m05s")
        #expect(FanOutBoard.elapsedText(.seconds(3720)) == "1h02m")
    }

    @Test func outputIsPrintedAboveTheBlockWhichIsErasedAtTheEnd() {
        let host = TerminalHost()
        let display = FanOutDisplay(host: host, total: 2, refresh: .zero)
        IterationLane(index: 0, label: "web01", display: display, records: host).start()
        let drawn = host.error
        #expect(drawn.hasPrefix("parallel: 0 done, 0 failed, 1 running of 2\nweb01  0s\n"))
        display.printAbove { host.writeOutput("hello\n") }
        display.end()
        // Each drawing of the block's two lines is erased before anything else is written.
        let erase = "\r\u{1B}[2A\u{1B}[J"
        #expect(host.stream.hasPrefix(drawn + erase + "hello\n"))
        #expect(host.stream.hasSuffix(erase))
        // Nothing is drawn once the loop has ended.
        IterationLane(index: 1, label: "web02", display: display, records: host).start()
        #expect(host.stream.hasSuffix(erase))
    }

    @Test func changesWithinTheRefreshAreNotDrawnAtOnce() {
        let host = TerminalHost()
        let display = FanOutDisplay(host: host, total: 2, refresh: .seconds(3600))
        let lane = IterationLane(index: 0, label: "web01", display: display, records: host)
        lane.start()
        let drawn = host.stream
        lane.run(command: "wait")
        IterationLane(index: 1, label: "web02", display: display, records: host).start()
        #expect(host.stream == drawn, "the first drawing was just now")
        display.printAbove { host.writeOutput("hello\n") }
        #expect(host.stream == drawn + "\r\u{1B}[2A\u{1B}[J" + "hello\n", "printed above, the block to be drawn later")
        display.end()
        #expect(host.stream == drawn + "\r\u{1B}[2A\u{1B}[J" + "hello\n", "nothing left to erase")
    }

    /// With nothing changing, the block is drawn again as time passes, and no more once ended.
    @Test func theBlockIsRedrawnAsTimePasses() async throws {
        let host = TerminalHost()
        let display = FanOutDisplay(host: host, total: 1, refresh: .zero)
        IterationLane(index: 0, label: "web01", display: display, records: host).start()
        let first = host.stream
        display.startTicking(every: .milliseconds(5))
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while host.stream == first, clock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(host.stream.hasPrefix(first + "\r\u{1B}[2A\u{1B}[J" + "parallel: 0 done, 0 failed, 1 running of 1\n"))
        display.end()
        let ended = host.stream
        try await Task.sleep(for: .milliseconds(50))
        #expect(host.stream == ended)
    }

    @Test func noBlockWithoutTheTerminalsSize() {
        let host = TerminalHost(area: nil)
        let display = FanOutDisplay(host: host, total: 1)
        IterationLane(index: 0, label: "web01", display: display, records: host).start()
        display.end()
        #expect(host.stream.isEmpty)
    }
}

/// A parallel loop's block as a shell draws it on a terminal, and where it draws none.
@Suite("Fan-out block in a shell")
struct FanOutShellTests {
    static let loop = "for n in [1, 2, 3] parallel 2 { echo \"item $n\" }\necho after"

    static func run(_ options: RuntimeOptions, host: TerminalHost = TerminalHost()) async throws -> TerminalHost {
        let shell = Shell(host: host, services: NoServices(), options: options)
        let source = SourceFile(name: "test.bsh", text: loop)
        #expect(await shell.run(try program(of: source), in: source) == 0)
        return host
    }

    @Test func theBlockIsDrawnBelowTheOutputAndErasedBeforeWhatFollows() async throws {
        let stream = try await Self.run(RuntimeOptions()).stream
        // The first iteration to start draws the block at once.
        #expect(stream.hasPrefix("parallel: 0 done, 0 failed, 1 running of 3\n"), "\(stream)")
        // Once erased, what is left is the output, in the list's order.
        #expect(Self.visible(stream) == "item 1\nitem 2\nitem 3\nafter\n")
    }

    @Test func noBlockWithQuietProgressRecordsOrJSON() async throws {
        var quiet = RuntimeOptions()
        quiet.quiet = true
        for options in [quiet, RuntimeOptions(progress: true), RuntimeOptions(json: true)] {
            let stream = try await Self.run(options).stream
            #expect(!stream.contains("parallel:") && !stream.contains("\u{1B}"), "\(stream)")
        }
        for host in [TerminalHost(area: nil), TerminalHost(outputWidth: nil)] {
            let stream = try await Self.run(RuntimeOptions(), host: host).stream
            #expect(stream == "item 1\nitem 2\nitem 3\nafter\n", "no terminal size, or output to a file")
        }
    }

    /// What a terminal shows of `stream` at the end: each erasing takes away the lines above the cursor it names.
    static func visible(_ stream: String) -> String {
        var lines: [String] = []
        var current = ""
        var rest = Substring(stream)
        while !rest.isEmpty {
            if let match = rest.prefixMatch(of: /\r\x1B\[([0-9]+)A\x1B\[J/) {
                lines.removeLast(min(lines.count, Int(match.1)!))
                current = ""
                rest = rest[match.range.upperBound...]
            } else {
                let character = rest.removeFirst()
                if character == "\n" {
                    lines.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
        }
        return lines.map { $0 + "\n" }.joined() + current
    }
}

/// A terminal 80 columns by 24 lines, as the host tells it, on standard error and (unless told otherwise)
/// standard output; both in one stream, as a person sees them.
final class TerminalHost: ShellHost {
    private let streams = Mutex<(all: String, error: String)>(("", ""))
    let showsProgress = true
    let usesColor = false
    let progressArea: TerminalSize?
    /// Nil when standard output is not the terminal (a file).
    let outputWidth: Int?

    init(area: TerminalSize? = TerminalSize(columns: 80, lines: 24), outputWidth: Int? = 80) {
        progressArea = area
        self.outputWidth = outputWidth
    }

    private let block = Mutex(BottomBlock())

    func writeOutput(_ text: String) {
        let erased = block.withLock { $0.clear() }
        streams.withLock { $0.all += erased + text; $0.error += erased }
    }

    func writeError(_ text: String) {
        let written = block.withLock { $0.clear() } + text
        streams.withLock { $0.all += written; $0.error += written }
    }

    func showBlock(_ lines: [String]) {
        let written = block.withLock { $0.replace(with: lines) }
        streams.withLock { $0.all += written; $0.error += written }
    }

    var stream: String { streams.withLock { $0.all } }
    var error: String { streams.withLock { $0.error } }
}
