import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Synchronization
import Testing

/// A request whose answer was lost is never sent again blindly. Each create operation, over HTTP
/// against the emulator, with the answer dropped after the operation was performed, or the
/// connection dropped before it was: the emulator's request log counts how often it was performed.
@Suite("Lost answers: what was made is found, never made twice")
struct LostAnswerTests {
    /// A create operation, and a call that makes one with a seeded agent, configuration or backup.
    struct Creation: Sendable, CustomTestStringConvertible {
        let operation: APIOperation
        let make: @Sendable (CloudBackupClient, Seeds) async throws -> String
        var testDescription: String { operation.name }
    }

    /// What the demo project holds that a create needs.
    struct Seeds: Sendable {
        let agentID: String
        let configurationID: String
        let backupID: String

        static func read(_ client: CloudBackupClient) async throws -> Seeds {
            let agent = try #require(try await client.listAgents().first)
            let configuration = try #require(try await client.agentConfigurations(agentID: agent.id).first)
            let backup = try #require(try await client.backups(restorable: true).collect().first { $0.agent?.id == agent.id })
            return Seeds(agentID: agent.id, configurationID: configuration.id, backupID: backup.id)
        }
    }

    static let creations: [Creation] = [
        Creation(operation: .startBackup) { client, seeds in
            try await client.startBackup(configurationID: seeds.configurationID).id
        },
        Creation(operation: .startRestore) { client, seeds in
            try await client.startRestore(
                StartRestoreRequest(backupID: seeds.backupID, destinationAgentID: seeds.agentID, destinationPath: "/tmp/r")).id
        },
        Creation(operation: .startCleanup) { client, seeds in
            try await client.startCleanup(agentID: seeds.agentID).id
        },
        Creation(operation: .createConfiguration) { client, seeds in
            try await client.createConfiguration(
                ConfigurationRequest(
                    agentID: seeds.agentID, name: "lost-answer", schedule: nil, retention: Retention(days: 7),
                    inclusions: [.folder("/etc")],
                    notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)])
            ).id
        },
        Creation(operation: .requestLogFile) { client, seeds in
            try await client.requestLogFile(agentID: seeds.agentID).id
        },
    ]

    @Test(arguments: creations)
    func aLostAnswerIsFoundAndTheOperationPerformedOnce(_ creation: Creation) async throws {
        try await ClientFixture.with { fixture in
            let seeds = try await Seeds.read(fixture.client)
            await fixture.emulator.enqueueFaults([.dropAnswer], for: creation.operation)
            let id = try await creation.make(fixture.client, seeds)
            #expect(!id.isEmpty)
            let counts = await fixture.emulator.operationCounts(creation.operation)
            #expect(counts == OperationCounts(received: 1, performed: 1, answersDropped: 1))
        }
    }

    @Test(arguments: creations)
    func aRequestDroppedBeforeItWasPerformedIsSentAgain(_ creation: Creation) async throws {
        try await ClientFixture.with { fixture in
            let seeds = try await Seeds.read(fixture.client)
            await fixture.emulator.enqueueFaults([.dropConnection], for: creation.operation)
            _ = try await creation.make(fixture.client, seeds)
            let counts = await fixture.emulator.operationCounts(creation.operation)
            #expect(counts == OperationCounts(received: 2, performed: 1, answersDropped: 0))
        }
    }

    @Test func theIDFoundIsTheOneTheServiceMade() async throws {
        try await ClientFixture.with { fixture in
            let seeds = try await Seeds.read(fixture.client)
            let before = try await fixture.client.backups().collect().map(\.id)
            await fixture.emulator.enqueueFaults([.dropAnswer], for: .startBackup)
            let backup = try await fixture.client.startBackup(configurationID: seeds.configurationID)
            let after = try await fixture.client.backups().collect().map(\.id)
            #expect(Set(after).subtracting(before) == [backup.id])
            #expect(backup.configuration?.id == seeds.configurationID)
        }
    }

    @Test func aDeleteWhoseAnswerWasLostIsDoneWhenItsRepeatFindsNothing() async throws {
        try await ClientFixture.with { fixture in
            let seeds = try await Seeds.read(fixture.client)
            await fixture.emulator.enqueueFaults([.dropAnswer], for: .deleteConfiguration)
            try await fixture.client.deleteConfiguration(id: seeds.configurationID)
            #expect(try await fixture.client.configuration(id: seeds.configurationID).deleted == true)
            let counts = await fixture.emulator.operationCounts(.deleteConfiguration)
            #expect(counts == OperationCounts(received: 2, performed: 1, answersDropped: 1))
        }
    }

    @Test func aPatchOfReplacementsAndABrowseRequestAreSentAgain() async throws {
        try await ClientFixture.with { fixture in
            let seeds = try await Seeds.read(fixture.client)
            await fixture.emulator.enqueueFaults([.dropAnswer], for: .updateConfiguration)
            try await fixture.client.updateConfiguration(
                id: seeds.configurationID, [PatchOperation(op: "replace", path: "/name", value: .string("renamed"))])
            #expect(try await fixture.client.configuration(id: seeds.configurationID).name == "renamed")
            #expect(await fixture.emulator.operationCounts(.updateConfiguration).received == 2)

            await fixture.emulator.enqueueFaults([.dropAnswer], for: .createAgentBrowseRequest)
            let requestID = try await fixture.client.requestBrowse(agentID: seeds.agentID, path: RemoteName("/etc"))
            #expect(!requestID.isEmpty)
            #expect(await fixture.emulator.operationCounts(.createAgentBrowseRequest).received == 2)
        }
    }

    @Test func aLostAnswerThatCannotBeToldApartFailsNamingWhatToCheck() async throws {
        try await TestEmulator.with { emulator in
            // Another client starts a backup of the same configuration while the answer is lost:
            // the list shows two new backups, and neither can be said to be this request's.
            let transport = ConcurrentStartTransport(path: "/backups")
            let client = CloudBackupClient(
                configuration: ClientConfiguration(
                    access: .demo(emulator),
                    retryPolicy: RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(200))),
                transport: transport)
            let seeds = try await Seeds.read(client)
            let error = await #expect(throws: APIError.self) {
                try await client.startBackup(configurationID: seeds.configurationID)
            }
            await transport.shutdown()
            #expect(error?.kind == .transport)
            #expect(error?.check == "the backups of configuration \(seeds.configurationID) (GET /backups)")
            #expect(error?.message.contains("2 like it appeared since it was sent") == true)
            #expect(error?.message.hasSuffix("check the backups of configuration \(seeds.configurationID) (GET /backups) before trying again") == true)
            #expect(await emulator.operationCounts(.startBackup).performed == 2)
        }
    }
}

/// A transport that, the first time a POST to `path` is sent, delivers it twice (as if a second
/// client sent the same request) and then reports the connection broken.
final class ConcurrentStartTransport: HTTPTransport {
    private let inner = AsyncHTTPTransport()
    private let path: String
    private let fired = Mutex(false)

    init(path: String) {
        self.path = path
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let first = request.method == "POST" && request.url.hasSuffix(path) && fired.withLock { fired in
            defer { fired = true }
            return !fired
        }
        guard first else { return try await inner.send(request, timeout: timeout) }
        _ = try await inner.send(request, timeout: timeout)
        _ = try await inner.send(request, timeout: timeout)
        throw APIError(kind: .transport, operation: "POST \(path)", message: "the server closed the connection")
    }

    func shutdown() async {
        await inner.shutdown()
    }
}
