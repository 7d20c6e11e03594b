import BshTestSupport
import Foundation
import Testing

/// The golden corpus: each script under Tests/Golden runs as a user runs it, against the embedded
/// emulator, and must print exactly its `.out` and `.err` files and exit with its `.status`.
/// `BSH_GOLDEN_RECORD=1 scripts/test` rewrites the expectations from what bsh does now (refused when `CI` is set).
@Suite("Golden corpus")
struct GoldenTests {
    @Test(arguments: GoldenCase.all)
    func script(_ golden: GoldenCase) async throws {
        let result = try await BshProcess.run(
            golden.arguments, environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.02"]),
            directory: GoldenCase.directory)
        let actual = (
            stdout: GoldenCase.normalize(result.stdout, times: false), stderr: GoldenCase.normalize(result.stderr, times: true),
            status: "\(result.status)\n")
        let environment = ProcessInfo.processInfo.environment
        if environment["BSH_GOLDEN_RECORD"] == "1" {
            // Under CI the expectations are what is checked, never what is written.
            try #require(environment["CI"] == nil, "BSH_GOLDEN_RECORD is refused when CI is set")
            try golden.record(actual)
            return
        }
        let expected = try golden.expected()
        #expect(actual.stdout == expected.stdout, "stdout of \(golden.name)")
        #expect(actual.stderr == expected.stderr, "stderr of \(golden.name)")
        #expect(actual.status == expected.status, "exit status of \(golden.name)")
    }

    /// docs/LANGUAGE.md is a runbook: every ```bsh example on it runs, in order, and succeeds.
    @Test func everyExampleOfTheLanguageGuideRuns() async throws {
        let guide = GoldenCase.directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/LANGUAGE.md")
        let result = try await BshProcess.run(
            ["run", guide.path], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.02"]))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("0 failed, 0 not run"))
    }

    @Test func theCorpusIsThere() {
        #expect(GoldenCase.all.count >= 20)
    }
}

/// One script of the corpus and its expected results.
struct GoldenCase: CustomTestStringConvertible, Sendable {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    let name: String
    let file: String

    var testDescription: String { file }

    static var all: [GoldenCase] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".bsh") || $0.hasSuffix(".md") }.sorted().map {
            GoldenCase(name: ($0 as NSString).deletingPathExtension, file: $0)
        }
    }

    /// How bsh is invoked: a runbook with `bsh run` (`--keep-going` when its name says so, `--from X` for
    /// a name ending in `-from-X`) or with `bsh check` when its name starts with `check-`, a script with the arguments on its `# bsh:` first line
    /// (such as `# bsh: check` or `# bsh: -x`), else as `bsh FILE`.
    var arguments: [String] {
        if file.hasSuffix(".md") {
            if name.hasPrefix("check-") { return ["check", file] }
            let from = name.components(separatedBy: "-from-").dropFirst().first.map { ["--from", $0] } ?? []
            return ["run", file] + (name.contains("keep-going") ? ["--keep-going"] : []) + from
        }
        let text = (try? String(contentsOf: GoldenCase.directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
        guard let first = text.split(separator: "\n").first, first.hasPrefix("# bsh:") else { return [file] }
        let words = first.dropFirst("# bsh:".count).split(separator: " ").map(String.init)
        if words.first == "check" { return ["check", file] }
        return words + [file]
    }

    func expected() throws -> (stdout: String, stderr: String, status: String) {
        func read(_ suffix: String) throws -> String {
            try String(contentsOf: GoldenCase.directory.appendingPathComponent(name + suffix), encoding: .utf8)
        }
        return (try read(".out"), try read(".err"), try read(".status"))
    }

    func record(_ actual: (stdout: String, stderr: String, status: String)) throws {
        for (suffix, text) in [(".out", actual.stdout), (".err", actual.stderr), (".status", actual.status)] {
            try text.write(to: GoldenCase.directory.appendingPathComponent(name + suffix), atomically: true, encoding: .utf8)
        }
    }

    /// Replaces what changes from run to run: generated IDs and timestamps, the emulator's port, and the measured durations
    /// (on standard output only those in parentheses, as `ping` prints them: the rest is what scripts print).
    static func normalize(_ text: String, times: Bool) -> String {
        var text = text
        let durations = [(#"\b\d+(\.\d+)?(ms|s)\b"#, "<time>"), (#"\b\d+m\d+s\b"#, "<time>")]
        let patterns = (times ? durations : [(#"\(\d+(\.\d+)?(ms|s)\)"#, "(<time>)")]) + [
            (#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "<uuid>"),
            (#"\b[0-9a-f]{8}\b"#, "<id>"),
            (#"\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"#, "<timestamp>"),
            // The embedded emulator's port, in the links of documents printed as JSON.
            (#"127\.0\.0\.1:\d+"#, "127.0.0.1:<port>"),
        ]
        for (pattern, replacement) in patterns {
            text = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return text
    }
}
