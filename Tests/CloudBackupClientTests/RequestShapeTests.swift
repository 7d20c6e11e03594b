import CloudBackupAPI
import CloudBackupClient
import Foundation
import Testing

/// Methods, paths, headers and bodies as the reference documents them.
@Suite("Request shapes")
struct RequestShapeTests {
    let transport = FakeTransport(DocumentedAnswers.answer)
    var client: CloudBackupClient { FakeService.client(transport) }

    @Test func patchesSendJSONPatchWithTheDocumentedOperations() async throws {
        try await client.stopBackup(id: "b1")
        let request = try #require(transport.last)
        #expect(request.method == "PATCH")
        #expect(request.relative == "/backups/b1")
        #expect(request.header("Content-Type") == "application/json-patch+json")
        #expect(request.header("X-Agent-Id") == nil)
        #expect(request.bodyText == #"[{"op":"replace","path":"/state","value":"stop_requested"}]"#)
    }

    @Test func postsSendJSON() async throws {
        _ = try await client.startCleanup(agentID: "a1")
        let request = try #require(transport.last)
        #expect(request.method == "POST")
        #expect(request.relative == "/cleanups")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
        #expect(request.bodyText == #"{"agent_id":"a1","state":"start_requested"}"#)
    }

    @Test func agentCallsSendXAgentId() async throws {
        try await client.postAgentEvent(agentID: "a1", .shutdown)
        #expect(transport.last?.header("X-Agent-Id") == "a1")
        #expect(transport.last?.bodyText == #"{"event":"shutdown"}"#)
        _ = try await client.startBackup(configurationID: "c1", state: .startScheduled, agentID: "a1")
        #expect(transport.last?.header("X-Agent-Id") == "a1")
        #expect(transport.last?.bodyText == #"{"configuration_id":"c1","state":"start_scheduled"}"#)
        try await client.updateLogFile(agentID: "a1", id: "l1", state: .completed)
        #expect(transport.last?.header("X-Agent-Id") == "a1")
        #expect(transport.last?.header("Content-Type") == "application/json-patch+json")
        try await client.reportVaultEncryption(agentID: "a1", requestID: "r1", VaultEncryptionReport(action: .changed, succeeded: false))
        #expect(transport.last?.relative == "/agents/a1/vault-encryption-requests/r1")
        #expect(transport.last?.header("X-Agent-Id") == "a1")
        try await client.reportPasswordVerification(agentID: "a1", requestID: "r2", verified: true)
        #expect(transport.last?.header("X-Agent-Id") == "a1")
        #expect(transport.last?.bodyText == #"{"verified":true}"#)
        try await client.updateBackup(id: "b1", [], agentID: "a1")
        #expect(transport.last?.header("X-Agent-Id") == "a1")
    }

    @Test func agentLoginSendsNoUserToken() async throws {
        let login = try Fixture.decode(AgentTokenRequest.self, "post-authenticate-an-agent-v2-project-id-agents-tokens.request")
        _ = try await client.authenticateAgent(login)
        let request = try #require(transport.last)
        #expect(request.method == "POST")
        #expect(request.relative == "/agents/tokens")
        #expect(request.header("X-Auth-Token") == nil)
        #expect(request.header("X-Agent-Id") == "8f135b4f-7a69-4b8a-947f-5e80d772fd97")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.bodyText.contains(#""password":"2d0080f9-3a6a-4ef1-b7ea-4c67c5e92796""#))
        _ = try await client.listAgents()
        #expect(transport.last?.header("X-Auth-Token") == FakeService.token)
    }

    @Test func requiredNullsAreSentAsNull() async throws {
        _ = try await client.requestVaultEncryption(
            agentID: "a1", VaultEncryptionRequest(oldEncryptedPasswordHex: nil, newEncryptedPasswordHex: "ab"))
        #expect(transport.last?.bodyText == #"{"new_encrypted_password_hex":"ab","old_encrypted_password_hex":null}"#)
        _ = try await client.requestPasswordVerification(agentID: "a1", PasswordVerificationRequest(encryptedPasswordHex: "ab"))
        #expect(transport.last?.bodyText == #"{"agent_id":null,"encrypted_password_hex":"ab"}"#)
        _ = try await client.startRestore(StartRestoreRequest(backupID: "b1", destinationAgentID: "a2", destinationPath: nil))
        let restore = try #require(transport.last?.bodyText)
        #expect(restore.contains(#""destination_path":null"#))
        #expect(restore.contains(#""encrypted_password_hex":null"#))
        #expect(restore.contains(#""overwrite_files":false"#))
        let request = ConfigurationRequest(
            agentID: "a1", name: "manual", schedule: nil, retention: Retention(days: 0), inclusions: [.folder("/etc/")],
            notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)])
        _ = try await client.createConfiguration(request)
        #expect(transport.last?.bodyText.contains(#""schedule":null"#) == true)
        #expect(transport.last?.bodyText.contains(#""exclusions":[]"#) == true)
    }

    @Test func queriesAndPathArgumentsAreEncoded() async throws {
        _ = try await client.listConfigurations(restorable: true)
        #expect(transport.last?.relative == "/configurations?restorable=true")
        _ = try await client.listAgents(hostMachineID: "m 1&x")
        #expect(transport.last?.relative == "/agents?host_machine_id=m%201%26x")
        _ = try await client.dependentSystemHealth("pecan")
        #expect(transport.last?.relative == "/health/pecan")
        try await client.moveVault(to: "dest", from: "src")
        #expect(transport.last?.relative == "/agents/dest/vault")
        #expect(transport.last?.bodyText == #"{"source_agent_id":"src"}"#)
        try await client.updateSummarySettings(SummarySettings(daily: true, weekly: false, notifications: []))
        #expect(transport.last?.method == "PUT")
        #expect(transport.last?.relative == "/settings/summaries")
    }

    @Test func backupBrowseSendsTheAgentAndBase64Path() async throws {
        _ = try await client.requestBackupBrowse(backupID: "b1", agentID: "a1", path: RemoteName(bytes: [0x2F, 0xFF]))
        let body = try #require(transport.last?.bodyText)
        #expect(transport.last?.relative == "/backups/b1/browse-requests")
        #expect(body.contains(#""agent_id":"a1""#))
        #expect(body.contains(#""encrypted_password_hex":null"#))
        #expect(body.contains(#""path_encoded":"L/8=""#))
    }
}
