import BshTestSupport
import Foundation
import Testing

/// `--progress`: the progress of a job `wait` follows, as JSON lines on standard error.
@Suite("Progress records")
struct ProgressTests {
    static let script = "agent web01; let c = configs | first 1; backup start $c[0].id; let b = wait 5m; echo $b.state"

    static func records(_ stderr: String) throws -> [[String: Any]] {
        try stderr.split(separator: "\n").filter { $0.hasPrefix("{") }.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func aBackupFollowedToItsEndWritesRecordsOnStandardError() async throws {
        let result = try await BshProcess.run(
            ["--progress", "-c", Self.script], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.1"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("completed\n"))
        #expect(!result.stdout.contains("\"job\""), "never on standard output")
        let records = try Self.records(result.stderr)
        try #require(records.count >= 2)
        let fields = ["job", "kind", "state", "percent", "bytes", "files", "rate", "eta_seconds"]
        for record in records {
            #expect(Set(record.keys) == Set(fields))
            #expect(record["kind"] as? String == "backup")
        }
        let percents = records.compactMap { ($0["percent"] as? NSNumber)?.doubleValue }
        #expect(percents.count == records.count)
        #expect(zip(percents, percents.dropFirst()).allSatisfy { $0 <= $1 }, "percent never decreases: \(percents)")
        let last = try #require(records.last)
        #expect(last["state"] as? String == "completed")
        #expect((last["percent"] as? NSNumber)?.doubleValue == 100)
        #expect((last["bytes"] as? NSNumber)?.intValue ?? 0 > 0)
        #expect(records.dropLast().allSatisfy { $0["state"] as? String != "completed" }, "one final record")
    }

    @Test func setProgressOnDoesTheSame() async throws {
        let result = try await BshProcess.run(
            ["-c", "set progress on; " + Self.script],
            environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.05"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.records(result.stderr).last?["state"] as? String == "completed")
    }

    @Test func withoutTheFlagNothingIsWritten() async throws {
        let result = try await BshProcess.run(
            ["-c", Self.script], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.05"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.records(result.stderr).isEmpty)
        #expect(!result.stderr.contains("\r"), "no progress line when standard error is not a terminal")
    }

    /// Two agents backing up in parallel, each printing its backup's end state.
    static let parallelBackups = """
        let two = agents | first 2
        for a in $two parallel 2 {
            agent $a.id; let c = configs | first 1; backup start $c[0].id; let b = wait 5m; echo "$a.name $b.state"
        }
        """

    @Test func aParallelLoopShowsNoBlockWhenStandardErrorIsNotATerminal() async throws {
        let result = try await BshProcess.run(
            ["-c", Self.parallelBackups], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.05"]))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("web01 completed\n") && result.stdout.contains("web02 completed\n"))
        for stream in [result.stdout, result.stderr] {
            #expect(!stream.contains("parallel: ") && !stream.contains("\u{1B}") && !stream.contains("\r"), "\(stream)")
        }
    }

    @Test func inAParallelLoopRecordsNameTheirIterationAndAreWrittenAsTheyCome() async throws {
        let result = try await BshProcess.run(
            ["--progress", "-c", Self.parallelBackups], environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.05"]))
        #expect(result.status == 0, "\(result.stderr)")
        let records = try Self.records(result.stderr)
        let fields: Set = ["job", "kind", "state", "percent", "bytes", "files", "rate", "eta_seconds", "iteration"]
        #expect(records.allSatisfy { Set($0.keys) == fields })
        for name in ["web01", "web02"] {
            let own = records.filter { $0["iteration"] as? String == name }
            #expect(own.last?["state"] as? String == "completed", "\(name): \(own)")
            #expect(Set(own.compactMap { $0["job"] as? String }).count == 1, "one job each")
        }
        // The iteration's messages wait to be printed with its output; its records do not.
        let lines = result.stderr.split(separator: "\n")
        let firstRecord = try #require(lines.firstIndex { $0.contains("\"iteration\":\"web01\"") })
        let started = try #require(lines.firstIndex { $0.hasPrefix("backup ") && $0.contains(" started") })
        #expect(firstRecord < started, "\(result.stderr)")
    }
}
