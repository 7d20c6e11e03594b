import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

/// Every list operation reads every page, the lists documented unpaged too, against an emulator
/// that pages every list by two.
@Suite("Every list read to its end")
struct EveryListPagedTests {
    static let configuration = EmulatorConfiguration(timeScale: 0.005, agentCount: 7, pageSize: 2)

    /// The items `list` returns, checked to have come from every page: two a page, then the empty
    /// page that ends the list, and never an item twice.
    static func everyPage<T>(
        _ fixture: ClientFixture, _ operation: APIOperation, id: (T) -> String, _ list: () async throws -> [T]
    ) async throws -> [T] {
        let before = await fixture.emulator.requestCount(operation)
        let items = try await list()
        let requests = await fixture.emulator.requestCount(operation) - before
        #expect(requests == (items.count + 1) / 2 + 1, "\(operation): \(items.count) items in \(requests) requests")
        #expect(Set(items.map(id)).count == items.count, "\(operation) repeated an item")
        return items
    }

    @Test func listsDocumentedUnpagedAreReadToTheEnd() async throws {
        try await ClientFixture.with(Self.configuration) { fixture in
            let client = fixture.client
            let agents = try await Self.everyPage(fixture, .listAgents, id: \.id) { try await client.listAgents() }
            try #require(agents.count == 7)
            let agent = agents[3]
            let machineID = try #require(agent.host?.machine?.id)
            let sameHost = try await client.listAgents(hostMachineID: machineID)
            #expect(sameHost.map(\.id).contains(agent.id))
            #expect(sameHost.allSatisfy { $0.host?.machine?.id == machineID })

            let configurations = try await Self.everyPage(fixture, .listConfigurations, id: \.id) {
                try await client.listConfigurations()
            }
            // The demo agents have one to three configurations each; one of them has never run.
            #expect(configurations.count == 13)
            #expect(try await client.listConfigurations(restorable: true).count == 12)

            for _ in 0..<3 { _ = try await client.requestLogFile(agentID: agent.id) }
            let logFiles = try await Self.everyPage(fixture, .listLogFiles, id: \.id) {
                try await client.listLogFiles(agentID: agent.id)
            }
            #expect(logFiles.count == 3)

            let body = ConfigurationRequest(
                agentID: agent.id, name: "more", schedule: nil, retention: Retention(days: 7), inclusions: [.folder("/etc/")],
                notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)])
            for _ in 0..<2 { _ = try await client.createConfiguration(body) }
            let own = try await Self.everyPage(fixture, .listAgentConfigurations, id: \.id) {
                try await client.agentConfigurations(agentID: agent.id)
            }
            #expect(own.count == 5)
        }
    }

    @Test func pagedListsAreReadToTheEnd() async throws {
        try await ClientFixture.with(Self.configuration) { fixture in
            let client = fixture.client
            try await client.activateAgents(mode: .realTime)
            let agents = try await client.listAgents()
            try #require(agents.count == 7)
            let agent = agents[0]
            let configuration = try #require(try await client.agentConfigurations(agentID: agent.id).first)
            let backups = try await Self.everyPage(fixture, .listBackups, id: \.id) { try await client.backups().collect() }
            // Weeks of seeded history for the demo agents, three nights for the others.
            #expect(backups.count == 254 + 2 * 3)
            let ofOne = try await Self.everyPage(fixture, .listBackups, id: \.id) {
                try await client.backups(restorable: true, configurationID: configuration.id).collect()
            }
            // Three weeks of nights, one of them failed.
            try #require(ofOne.count == 20)

            let backup = try await client.startBackup(configurationID: configuration.id)
            let restores = try await agents.prefix(3).asyncMap { destination in
                try await client.startRestore(
                    StartRestoreRequest(backupID: ofOne[0].id, destinationAgentID: destination.id, destinationPath: "/tmp/r",
                                        inclusions: [.folder("/etc/")]))
            }
            let cleanup = try await client.startCleanup(agentID: agent.id)
            for other in agents.dropFirst().prefix(2) { _ = try await client.startCleanup(agentID: other.id) }
            #expect(try await Self.everyPage(fixture, .listRestores, id: \.id) { try await client.restores().collect() }.count == 3)
            #expect(try await Self.everyPage(fixture, .listCleanups, id: \.id) { try await client.cleanups().collect() }.count == 3)
            #expect(try await Self.everyPage(fixture, .listProjectActivities, id: \.id) {
                try await client.activities().collect()
            }.count == backups.count + 1 + 3 + 3)
            #expect(try await Self.everyPage(fixture, .listAgentActivities, id: \.id) {
                try await client.agentActivities(agentID: agent.id).collect()
            }.count == 21 + 1 + 1 + 1)
            #expect(try await Self.everyPage(fixture, .listConfigurationActivities, id: \.id) {
                try await client.configurationActivities(configurationID: configuration.id).collect()
            }.count == 21 + 1 + 3)

            // Job events come as the simulated agents work; once the jobs have ended, their lists are complete.
            let ended = try await eventually {
                let states = [try await client.backup(id: backup.id).state, try await client.cleanup(id: cleanup.id).state]
                    + (try await restores.asyncMap { try await client.restore(id: $0.id).state })
                return states.allSatisfy { ["completed", "completed_with_errors", "failed"].contains($0) } ? true : nil
            }
            #expect(ended == true)
            for kind in [AgentLifecycleEvent.Kind.startup, .shutdown, .startup] {
                try await client.postAgentEvent(agentID: agent.id, kind)
            }
            let eventLists: [(APIOperation, () async throws -> [Event])] = [
                (.listBackupEvents, { try await client.backupEvents(backupID: backup.id).collect() }),
                (.listRestoreEvents, { try await client.restoreEvents(restoreID: restores[0].id).collect() }),
                (.listCleanupEvents, { try await client.cleanupEvents(cleanupID: cleanup.id).collect() }),
                (.listConfigurationEvents, { try await client.configurationEvents(configurationID: configuration.id).collect() }),
                (.listAgentEvents, { try await client.agentEvents(agentID: agent.id).collect() }),
                (.listProjectEvents, { try await client.projectEvents().collect() }),
            ]
            for (operation, list) in eventLists {
                let events = try await Self.everyPage(fixture, operation, id: \.id, list)
                #expect(events.count >= 3, "\(operation): \(events.count) events")
            }
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
