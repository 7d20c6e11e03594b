import BshTestSupport
import Foundation
import Testing

/// The output flags on `bsh run` as on `bsh`: a runbook's results in the format asked for.
@Suite("Output flags of bsh run")
struct OutputFlagTests {
    static func runbook(_ text: String, _ flags: [String]) async throws -> ProcessResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-output-\(UUID().uuidString).md")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await BshProcess.run(["run"] + flags + [file.path], environment: BshProcess.cleanEnvironment())
    }

    static let steps = """
        # Agents

        ```bsh
        agent web01
        agents | where name matches "web*" | select name enabled
        ```

        """

    @Test func aRunbookPrintsCSVAndLeavesOutNotesWhenAsked() async throws {
        let result = try await Self.runbook(Self.steps, ["--output", "csv", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "name,enabled\nweb01,true\nweb02,true\n")
        #expect(!result.stderr.contains("agent web01 ("))
        let loud = try await Self.runbook(Self.steps, [])
        #expect(loud.stdout.contains("NAME   ENABLED\nweb01  true\n"))
        #expect(loud.stderr.contains("agent web01 ("))
    }

    @Test func jsonBesideAnotherFormatIsAUsageError() async throws {
        let result = try await Self.runbook(Self.steps, ["--json", "--output", "table"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--json is --output ndjson"))
        #expect(result.stdout.isEmpty)
    }
}
