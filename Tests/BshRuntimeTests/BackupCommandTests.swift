import BshRuntime
import Foundation
import Testing

@Suite("Backup commands against the emulator")
struct BackupCommandTests {
    @Test func theSeededBackupsAreListedAndShown() async throws {
        let (status, host, _) = try await runScript("agent web01; configs; backups")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("Daily system files"))
        #expect(host.output.contains("completed"))
    }

    @Test func cancellingAFinishedBackupGivesTheServicesConflict() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create etc --include /etc --email ops@example.com
            backup start last
            wait
            backup cancel last
            """)
        #expect(status == 1)
        #expect(host.error.contains("test.bsh:5:1: error: backup:"))
        #expect(host.error.contains("409"))
        #expect(host.error.contains("is not allowed"))
        #expect(host.error.contains("has finished; 'backup show "))
    }

    @Test func aBackupWithAMissingPathListsItsErrorsAndEvents() async throws {
        let (status, host) = try await runScriptContinuing("""
            agent web01
            config create broken --include /etc --include /nowhere --email ops@example.com
            backup start last
            wait
            backup errors last
            backup events last
            events --backup last --limit 1
            """)
        #expect(status == 1)
        #expect(host.error.contains("completed with 1 error"))
        #expect(host.output.contains("/nowhere"))
        #expect(host.output.contains("file_or_folder_missing"))
        #expect(host.output.contains("EVENT"))
    }

    @Test func anUnknownBackupIDIsNamed() async throws {
        let (status, host, _) = try await runScript("backup show zzzz")
        #expect(status == 1)
        #expect(host.error.contains("no backup matches 'zzzz'"))
        #expect(host.error.contains("'backups' lists them"))
    }

    @Test func anAmbiguousPrefixNamesTheCandidatesAndAUniqueOneWorks() async throws {
        let (_, listing, _) = try await runScript("backups", json: true)
        let ids = try listing.output.split(separator: "\n").compactMap { line in
            try (JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        let shared = Dictionary(grouping: ids) { $0.prefix(1) }.first { $0.value.count > 1 }
        let prefix = try #require(shared?.key)
        let (status, host, _) = try await runScript("backup show \(prefix)")
        #expect(status == 2)
        #expect(host.error.contains("'\(prefix)' is ambiguous"))
        let (found, shown, _) = try await runScript("backup show \(ids[0].prefix(12))")
        #expect(found == 0, "\(shown.error)")
        #expect(shown.output.contains(ids[0]))
    }

    @Test func lastWithoutAStartedBackupIsAUsageError() async throws {
        let (status, host, _) = try await runScript("backup errors last")
        #expect(status == 2)
        #expect(host.error.contains("no backup was started in this session"))
    }
}
