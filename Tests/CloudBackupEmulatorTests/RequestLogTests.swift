import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

/// The `drop-answer` fault performs the request and then drops the connection; the request log
/// says, per operation and per request, what was performed and what lost its answer.
@Suite("The request log and lost answers")
struct RequestLogTests {
    static let agent = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    @Test func aDroppedAnswerIsPerformedAndADroppedConnectionIsNot() async throws {
        try await EmulatorSession.with { session in
            let before = try await session.call("GET", "/agents/\(Self.agent)/logfiles").json["logfiles"] as? [Any]
            await #expect(throws: (any Error).self) {
                try await session.call("POST", "/agents/\(Self.agent)/logfiles", headers: [("X-Emulator-Fault", "drop-answer")])
            }
            await #expect(throws: (any Error).self) {
                try await session.call("POST", "/agents/\(Self.agent)/logfiles", headers: [("X-Emulator-Fault", "drop")])
            }
            let after = try await session.call("GET", "/agents/\(Self.agent)/logfiles").json["logfiles"] as? [Any]
            #expect((after?.count ?? 0) == (before?.count ?? 0) + 1)
            let counts = await session.emulator.operationCounts(.requestLogFile)
            #expect(counts == OperationCounts(received: 2, performed: 1, answersDropped: 1))
            #expect(await session.emulator.operationCounts(.listLogFiles) == OperationCounts(received: 2, performed: 2))
        }
    }

    @Test func theFileHasALinePerRequestWithTheCreatedID() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("request-log-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try await EmulatorSession.with(.init(timeScale: 0.01, requestLogPath: path)) { session in
            let created = try await session.call("POST", "/agents/\(Self.agent)/logfiles")
            #expect(try await session.call("GET", "/agents/nope").status == 404)
            await #expect(throws: (any Error).self) {
                try await session.call("GET", "/agents", headers: [("X-Emulator-Fault", "drop")])
            }
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
            let id = try #require(created.locationID)
            #expect(lines == [
                #"{"answer_dropped":false,"id":"\#(id)","method":"POST","operation":"requestLogFile","#
                    + #""path":"/v2/123456/agents/\#(Self.agent)/logfiles","performed":true,"status":202}"#,
                #"{"answer_dropped":false,"id":null,"method":"GET","operation":"getAgent","#
                    + #""path":"/v2/123456/agents/nope","performed":false,"status":404}"#,
                #"{"answer_dropped":false,"id":null,"method":"GET","operation":"listAgents","#
                    + #""path":"/v2/123456/agents","performed":false,"status":null}"#,
            ])
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func thePlanDrawsEachFaultInItsShare() async throws {
        let plan = FaultPlan(failRate: 0.2, failStatuses: [503, 429], retryAfterSeconds: 1, dropRate: 0.025, dropAnswerRate: 0.025)
        try await EmulatorSession.with(.init(timeScale: 0.01, faults: plan)) { session in
            var statuses: [Int: Int] = [:]
            var dropped = 0
            for _ in 0..<400 {
                do {
                    statuses[try await session.call("GET", "/ping").status, default: 0] += 1
                } catch {
                    dropped += 1
                }
            }
            // Seeded draws: the same run every time. The shares are near 20 % and 5 %.
            let failed = statuses[503, default: 0] + statuses[429, default: 0]
            #expect((60...100).contains(failed), "\(statuses)")
            #expect(statuses[503, default: 0] > 0 && statuses[429, default: 0] > 0)
            #expect((8...32).contains(dropped))
            let counts = await session.emulator.operationCounts(.ping)
            #expect(counts.received == 400)
            #expect(counts.answersDropped > 0 && counts.answersDropped < dropped)
        }
    }
}
