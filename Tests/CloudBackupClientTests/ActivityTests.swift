import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Activities over HTTP")
struct ActivityTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"
    static let web02 = "8f1a6c2e-51d7-4e0b-9a3f-0c6b2d8e4a71"

    @Test func aBackupThatRanIsAnActivityOfTheProjectItsAgentAndItsConfiguration() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            try await client.activateAgents(mode: .realTime)
            let configuration = try await client.createConfiguration(ConfigurationRequest(
                agentID: Self.web01, name: "etc", schedule: nil, retention: Retention(days: 7), inclusions: [.folder("/etc/")],
                notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)]))
            let started = try await client.startBackup(configurationID: configuration.id)
            let backup = try #require(try await eventually(within: .seconds(30)) {
                let backup = try await client.backup(id: started.id)
                return backup.state == "completed" ? backup : nil
            })
            let cleanup = try await client.startCleanup(agentID: Self.web01)

            // Newest first by default: the cleanup, then the backup.
            let project = try await client.activities().collect()
            #expect(project.prefix(2).map(\.id) == [cleanup.id, backup.id])
            let activity = try #require(project.first { $0.id == backup.id })
            #expect(activity.type == "backup")
            #expect(activity.state == "completed")
            #expect(activity.agent?.id == Self.web01)
            #expect(activity.configuration?.id == configuration.id)
            #expect(activity.links?.first?.rel == "backup")
            #expect(activity.links?.first?.href.hasSuffix("/backups/" + backup.id) == true)
            let cleaning = try #require(project.first { $0.id == cleanup.id })
            #expect(cleaning.type == "cleanup")
            #expect(cleaning.configuration == nil)

            let agent = try await client.agentActivities(agentID: Self.web01).collect().map(\.id)
            #expect(agent.prefix(2) == [cleanup.id, backup.id])
            let other = try await client.agentActivities(agentID: Self.web02).collect().map(\.id)
            #expect(!other.isEmpty)
            #expect(!other.contains(backup.id) && !other.contains(cleanup.id))
            // A configuration's activities are its backups (and restores of them), never cleanups.
            let own = try await client.configurationActivities(configurationID: configuration.id).collect()
            #expect(own.map(\.id) == [backup.id])
            #expect(own.first?.state == "completed")

            // Two at a time, following `next`, the same activities come back in the same order.
            let paged = try await client.activities(options: ListOptions(limit: 2)).collect().map(\.id)
            #expect(paged == project.map(\.id))
            #expect(fixture.transport.requests(containing: "/activities?limit=2").count > 1)
        }
    }

    @Test func anUnknownAgentOrConfigurationIsA404() async throws {
        try await ClientFixture.with { fixture in
            let agent = await #expect(throws: APIError.self) {
                try await fixture.client.agentActivities(agentID: "00000000-0000-0000-0000-000000000000").collect()
            }
            #expect(agent?.status == 404)
            let configuration = await #expect(throws: APIError.self) {
                try await fixture.client.configurationActivities(configurationID: "00000000-0000-0000-0000-000000000000").collect()
            }
            #expect(configuration?.status == 404)
        }
    }
}
