import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Scheduled configurations start their backups on time")
struct ScheduleTests {
    static let hourly = #"{"recurrence":["RRULE:FREQ=HOURLY;INTERVAL=1"],"time_zone":"UTC"}"#

    @Test func eachRunStartsABackupAndADisabledAgentMissesIt() async throws {
        try await EmulatorSession.with { session in
            let id = try await session.createConfiguration(agentID: Seeded.web02, schedule: Self.hourly)
            func backups() async throws -> [[String: Any]] {
                let list = try await session.call("GET", "/backups?limit=100")
                return (list.json["backups"] as? [[String: Any]] ?? []).filter {
                    ($0["configuration"] as? [String: Any])?["id"] as? String == id
                }
            }
            #expect(try await backups().isEmpty)
            // Two hours on: two runs, each a backup the agent starts itself.
            await session.emulator.runSchedules(until: Date().addingTimeInterval(2 * 3_600 + 60))
            let started = try await backups()
            #expect(started.count == 2)
            #expect(started.allSatisfy { ["start_scheduled", "queued", "preparing", "in_progress", "completed"].contains($0["state"] as? String ?? "") })
            // The agent disabled, the next run is missed.
            let disabled = try await session.call(
                "PATCH", "/agents/\(Seeded.web02)", body: #"[{"op":"replace","path":"/enabled","value":false}]"#)
            #expect(disabled.status == 204)
            await session.emulator.runSchedules(until: Date().addingTimeInterval(3 * 3_600 + 60))
            let after = try await backups()
            #expect(after.count == 3)
            #expect(after.contains { $0["state"] as? String == "missed" })
        }
    }
}
