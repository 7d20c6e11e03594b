import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Configurations, backups, restores and cleanups over HTTP")
struct JobTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    @Test func configureBackUpBrowseRestoreAndCleanUp() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            try await client.activateAgents(mode: .realTime)
            let configuration = try await client.createConfiguration(ConfigurationRequest(
                agentID: Self.web01, name: "etc", schedule: nil, retention: Retention(days: 7),
                inclusions: [PathRule(type: "folder", path: "/etc/")], exclusions: [],
                notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)]))
            #expect(try await client.agentConfigurations(agentID: Self.web01).contains { $0.id == configuration.id })

            let started = try await client.startBackup(configurationID: configuration.id)
            let backup = try #require(try await eventually(within: .seconds(30)) {
                let backup = try await client.backup(id: started.id)
                return backup.state == "completed" ? backup : nil
            })
            #expect(try await client.backups().collect().contains { $0.id == backup.id })

            let requestID = try await client.requestBackupBrowse(backupID: backup.id, agentID: Self.web01, path: RemoteName("/etc"))
            let listing = try #require(try await eventually { try await client.backupBrowseResult(backupID: backup.id, requestID: requestID) })
            #expect(listing.event == "backup_browsed")
            #expect(listing.items.contains { $0.name == "hosts" })

            let restore = try await client.startRestore(StartRestoreRequest(
                backupID: backup.id, destinationAgentID: Self.web01, destinationPath: "/tmp/restored",
                inclusions: [PathRule(type: "file", path: "/etc/hosts")]))
            let restored = try #require(try await eventually(within: .seconds(30)) {
                let current = try await client.restore(id: restore.id)
                return current.state == "completed" ? current : nil
            })
            #expect(restored.id == restore.id)

            let cleanup = try await client.startCleanup(agentID: Self.web01)
            #expect(try await eventually(within: .seconds(30)) {
                try await client.cleanup(id: cleanup.id).state == "completed" ? true : nil
            } == true)
        }
    }

    @Test func stoppingAFinishedBackupIsAConflictWithTheServicesMessage() async throws {
        try await ClientFixture.with { fixture in
            let finished = try #require(try await fixture.client.backups().collect().first { $0.state == "completed" })
            let error = await #expect(throws: APIError.self) { try await fixture.client.stopBackup(id: finished.id) }
            #expect(error?.status == 409)
            #expect(error?.message.isEmpty == false)
        }
    }
}
