import CloudBackupAPI
import CloudBackupClient
import Testing

/// Every one of the 61 operations has a typed call, and each call understands the documented answer.
@Suite("Every operation against documented answers")
struct EveryOperationTests {
    static let agent = DocumentedAnswers.agentID
    static let backup = "0d95d699-d16b-11e4-93bd-c8e0eb190e3d"
    static let restore = "e87e6f7d-d166-11e4-8689-c8e0eb190e3d"
    static let cleanup = "2f8708b3-d16b-11e4-bc22-c8e0eb190e3d"
    static let configuration = "7c8ee069-568f-4d5a-932f-fb2af86b5fd5"

    @Test func everyOperationIsCalledAndDecoded() async throws {
        let transport = FakeTransport(DocumentedAnswers.answer)
        let client = FakeService.client(transport)
        try await callAgentOperations(client)
        try await callVaultOperations(client)
        try await callJobOperations(client)
        try await callListsAndProject(client)

        let called = Set(transport.requests.compactMap { FakeService.operation(of: $0)?.name })
        let missing = APIOperation.all.map(\.name).filter { !called.contains($0) }
        #expect(missing.isEmpty, "no call reached \(missing)")
        #expect(called.count == 61)
        #expect(transport.requests.allSatisfy { $0.url.hasPrefix(FakeService.endpoint + "/") })
        // Every request but the agent login (authenticateAgent), which the docs send without one, carries the token.
        let isLogin = { (request: TransportRequest) in FakeService.operation(of: request) == .authenticateAgent }
        #expect(transport.requests.filter(isLogin).map { $0.header("X-Auth-Token") } == [nil])
        #expect(transport.requests.filter { !isLogin($0) }.allSatisfy { $0.header("X-Auth-Token") == FakeService.token })
    }

    private func callAgentOperations(_ client: CloudBackupClient) async throws {
        #expect(try await client.listAgents().isEmpty == false)
        #expect(try await client.listAgents(hostMachineID: "55f83711-85ff-49d6-9a1a-58c67d452c6a").isEmpty == false)
        let registration = try Fixture.decode(AgentRegistration.self, "post-register-an-agent-v2-project-id-agents.request")
        #expect(try await client.registerAgent(registration).password?.revealed == "2d0080f9-3a6a-4ef1-b7ea-4c67c5e92796")
        let login = try Fixture.decode(AgentTokenRequest.self, "post-authenticate-an-agent-v2-project-id-agents-tokens.request")
        #expect(try await client.authenticateAgent(login).expires == "2014-10-07T02:52:57.416Z")
        #expect(try await client.agent(id: Self.agent).id == Self.agent)
        try await client.updateAgent(id: Self.agent, [PatchOperation(op: "replace", path: "/enabled", value: .bool(true))])
        try await client.deleteAgent(id: Self.agent)
        #expect(try await client.agentStatus(agentID: Self.agent) == AgentStatus(busy: false, online: true))
        #expect(try await client.agentSettings(agentID: Self.agent).vaults?.first?.encrypted == true)
        #expect(try await client.agentConfigurations(agentID: Self.agent).first?.id == Self.configuration)
        #expect(try await client.requestBrowse(agentID: Self.agent, path: RemoteName("/")) == "16ce47f7-88b2-4983-8b1c-d4a82306ae87")
        #expect(try await client.browseResult(agentID: Self.agent, requestID: "r")?.succeeded == true)
        try await client.postAgentEvent(agentID: Self.agent, .startup)
        #expect(try await client.agentEvents(agentID: Self.agent).collect(limit: 3).count == 3)
        #expect(try await client.agentActivities(agentID: Self.agent).collect().isEmpty == false)
        let logFile = try await client.requestLogFile(agentID: Self.agent)
        #expect(logFile.state == "requested")
        #expect(try await client.listLogFiles(agentID: Self.agent).isEmpty == false)
        #expect(try await client.logFile(agentID: Self.agent, id: logFile.id).id.isEmpty == false)
        try await client.updateLogFile(agentID: Self.agent, id: logFile.id, state: .started)
        try await client.deleteLogFile(agentID: Self.agent, id: logFile.id)
    }

    private func callVaultOperations(_ client: CloudBackupClient) async throws {
        try await client.moveVault(to: Self.agent, from: "2240a3eb-1d4e-4e52-bbcd-24417917c361")
        let encryption = try await client.requestVaultEncryption(
            agentID: Self.agent, VaultEncryptionRequest(oldEncryptedPasswordHex: nil, newEncryptedPasswordHex: "0bff"))
        #expect(encryption == "9072bb51-d5fd-4fc5-ad80-d62e573236b6")
        #expect(try await client.vaultEncryptionResult(agentID: Self.agent, requestID: encryption)?.succeeded == true)
        try await client.reportVaultEncryption(
            agentID: Self.agent, requestID: encryption, VaultEncryptionReport(action: .enabled, succeeded: true))
        let verification = try await client.requestPasswordVerification(
            agentID: Self.agent, PasswordVerificationRequest(encryptedPasswordHex: "0bff"))
        #expect(verification == "f353f472-4931-463a-9920-1dcad25f88e7")
        #expect(try await client.passwordVerificationResult(agentID: Self.agent, requestID: verification)?.valid == true)
        try await client.reportPasswordVerification(agentID: Self.agent, requestID: verification, verified: true)
    }

    private func callJobOperations(_ client: CloudBackupClient) async throws {
        #expect(try await client.startBackup(configurationID: Self.configuration).state == "start_requested")
        #expect(try await client.backup(id: Self.backup).snapshotID == 1111)
        try await client.stopBackup(id: Self.backup)
        #expect(try await client.backupErrors(id: Self.backup).list.first?.exception?.code == 3015)
        #expect(try await client.backupEvents(backupID: Self.backup).collect().count == 12)
        #expect(try await client.requestBackupBrowse(backupID: Self.backup, agentID: Self.agent, path: RemoteName("/")).isEmpty == false)
        #expect(try await client.backupBrowseResult(backupID: Self.backup, requestID: "r")?.event == "backup_browsed")

        let request = try Fixture.decode(StartRestoreRequest.self, "post-start-a-restore-v2-project-id-restores.request")
        #expect(try await client.startRestore(request).id == Self.restore)
        #expect(try await client.restore(id: Self.restore).inclusions?.count == 2)
        try await client.stopRestore(id: Self.restore)
        #expect(try await client.restoreErrors(id: Self.restore).list.first?.type == "phx_exception")
        #expect(try await client.restoreEvents(restoreID: Self.restore).collect().count == 7)

        #expect(try await client.startCleanup(agentID: Self.agent).id == Self.cleanup)
        #expect(try await client.cleanup(id: Self.cleanup).snapshotIDs == [23, 51])
        try await client.stopCleanup(id: Self.cleanup)
        #expect(try await client.cleanupErrors(id: Self.cleanup).list.first?.exception == nil)
        #expect(try await client.cleanupEvents(cleanupID: Self.cleanup).collect().count == 7)
    }

    private func callListsAndProject(_ client: CloudBackupClient) async throws {
        #expect(try await client.backups().collect().first?.id == Self.backup)
        #expect(try await client.restores().collect().first?.inclusions == nil)
        #expect(try await client.cleanups().collect().first?.bytesAfter == 1_067_030_938)
        #expect(try await client.activities().collect().map(\.type).prefix(3) == ["backup", "cleanup", "restore"])

        #expect(try await client.listConfigurations().first?.backups?.next?.scheduledTime == "2014-08-05T20:22:21Z")
        let body = try Fixture.decode(ConfigurationRequest.self, "post-create-a-configuration-v2-project-id-configurations.request")
        let created = try await client.createConfiguration(body)
        #expect(created.id == Self.configuration)
        #expect(created.nextScheduledTime == "2014-08-05T20:22:21Z")
        #expect(try await client.configuration(id: Self.configuration).notifications?.first?.onFailure == true)
        try await client.updateConfiguration(id: Self.configuration, [PatchOperation(op: "replace", path: "/enabled", value: .bool(true))])
        try await client.deleteConfiguration(id: Self.configuration)
        #expect(try await client.configurationActivities(configurationID: Self.configuration).collect().isEmpty == false)
        #expect(try await client.configurationEvents(configurationID: Self.configuration).collect().count == 13)

        #expect(try await client.projectEvents().collect().first?.event == "agent_registered")
        try await client.activateAgents(mode: .realTime)
        #expect(try await client.health().allOnline)
        #expect(try await client.dependentSystemHealth("cassandra").online)
        try await client.ping()
        let settings = try await client.summarySettings()
        #expect(settings.daily == true)
        try await client.updateSummarySettings(settings)
    }
}

/// The documented examples, decoded with the wire models.
enum Fixture {
    static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONCoding.decode(type, from: FakeService.example(name), operation: name)
    }
}
