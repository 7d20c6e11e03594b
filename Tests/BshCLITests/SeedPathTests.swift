import BshTestSupport
import Foundation
import Testing

/// The product's first promise, end to end: the real binary, its embedded emulator, real HTTP.
@Suite("The seed line end to end")
struct SeedPathTests {
    static let line = "agent 8f13; browse /etc; wait; logs request; wait"

    @Test func runsFromDashC() async throws {
        let result = try await BshProcess.run(["-c", Self.line])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("hosts"))
        #expect(result.stdout.contains("ssh/"))
        #expect(result.stdout.contains("completed"))
        #expect(result.stderr.contains("embedded emulator"))
        #expect(result.stderr.contains("web01"))
    }

    @Test func runsFromAScriptFileWithAShebang() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("seed-\(UUID().uuidString).bsh")
        try "#!/usr/bin/env bsh\n# the seed path\n\(Self.line.replacingOccurrences(of: "; ", with: "\n"))\n"
            .write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try await BshProcess.run([file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("hosts"))
        #expect(result.stdout.contains("completed"))
    }

    @Test func runsFromStandardInput() async throws {
        let result = try await BshProcess.run([], stdin: Self.line + "\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("hosts"))
    }

    @Test func printsNDJSONWithTheServicesFieldNames() async throws {
        let result = try await BshProcess.run(["--json", "-c", Self.line])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let documents = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(documents.contains { $0["event"] as? String == "host_browsed" && $0["request_id"] != nil })
        #expect(documents.contains { $0["state"] as? String == "completed" })
    }
}
