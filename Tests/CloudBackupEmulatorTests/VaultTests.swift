import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Vault moves, encryption and password verification")
struct VaultTests {
    @Test func enablingEncryptionAnswersOnTheAgentsTimeline() async throws {
        try await EmulatorSession.with { session in
            let base = "/agents/\(Seeded.web02)/vault-encryption-requests"
            let wrong = try await session.call(
                "POST", base, body: #"{"old_encrypted_password_hex":"aa","new_encrypted_password_hex":"bb"}"#)
            #expect(wrong.status == 403)
            #expect(wrong.message == "An old password was supplied, but the vault is unencrypted.")
            let requested = try await session.call(
                "POST", base, body: #"{"old_encrypted_password_hex":null,"new_encrypted_password_hex":"0bff42"}"#)
            #expect(requested.status == 202)
            let location = try #require(requested.header("Location"))
            #expect(location.hasPrefix(session.endpoint + base + "/"))
            let result = try await eventually("encryption result") {
                let response = try await session.fetch(location)
                return response.status == 200 ? response : nil
            }
            #expect(result.json["event"] as? String == "vault_encryption_enabled")
            #expect(result.json["succeeded"] as? Bool == true)
            let agent = try await session.call("GET", "/agents/" + Seeded.web02)
            #expect((agent.json["vault"] as? [String: Any])?["encrypted"] as? Bool == true)

            let verify = try await session.call(
                "POST", "/agents/\(Seeded.web02)/vault-password-verification-requests",
                body: #"{"encrypted_password_hex":"0bff42","agent_id":null}"#)
            #expect(verify.status == 202)
            let verified = try await eventually("verification result") {
                let response = try await session.fetch(verify.header("Location") ?? "")
                return response.status == 200 ? response : nil
            }
            #expect(verified.json["event"] as? String == "vault_password_verified")
            #expect(verified.json["valid"] as? Bool == true)
        }
    }

    @Test func agentReportsAreTakenAndVerificationNeedsAnEncryptedVault() async throws {
        try await EmulatorSession.with { session in
            let refused = try await session.call(
                "POST", "/agents/\(Seeded.mail01)/vault-password-verification-requests",
                body: #"{"encrypted_password_hex":"00","agent_id":null}"#)
            #expect(refused.status == 403)
            #expect(refused.message == "Encryption is not enabled for this agent's vault.")

            let verify = try await session.call(
                "POST", "/agents/\(Seeded.db02)/vault-password-verification-requests",
                body: #"{"encrypted_password_hex":"wrong","agent_id":null}"#)
            #expect(verify.status == 202)
            let location = try #require(verify.header("Location"))
            let requestPath = "/agents/\(Seeded.db02)/vault-password-verification-requests/" + (verify.locationID ?? "")
            // db02 is offline: nothing answers until its report arrives through reportPasswordVerificationRequest.
            #expect(try await session.fetch(location).status == 404)
            #expect(try await session.call("POST", requestPath, body: #"{"verified":false}"#).status == 204)
            let result = try await session.fetch(location)
            #expect(result.status == 200)
            #expect(result.json["valid"] as? Bool == false)
        }
    }

    @Test func movingAVaultFollowsTheDocumentedRules() async throws {
        try await EmulatorSession.with { session in
            let created = try await session.call("POST", "/agents", body: AgentAdminTests.registration)
            let fresh = try #require(created.json["id"] as? String)
            // An encrypted vault (db01) cannot move; a destination with data (web02) cannot take one.
            #expect(
                try await session.call(
                    "POST", "/agents/\(fresh)/vault", body: #"{"source_agent_id":"\#(Seeded.db01)"}"#
                ).status == 403)
            #expect(
                try await session.call(
                    "POST", "/agents/\(Seeded.web02)/vault", body: #"{"source_agent_id":"\#(Seeded.mail01)"}"#
                ).status == 403)
            #expect(
                try await session.call("POST", "/agents/\(fresh)/vault", body: #"{"source_agent_id":"nope"}"#).status
                    == 403)
            let vaultID = try await session.call("GET", "/agents/" + Seeded.mail01).json["vault"].flatMap {
                ($0 as? [String: Any])?["id"] as? String
            }
            #expect(
                try await session.call(
                    "POST", "/agents/\(fresh)/vault", body: #"{"source_agent_id":"\#(Seeded.mail01)"}"#
                ).status == 204)
            let moved = try await session.call("GET", "/agents/" + fresh).json["vault"] as? [String: Any]
            #expect(moved?["id"] as? String == vaultID)
            let source = try await session.call("GET", "/agents/" + Seeded.mail01).json["vault"] as? [String: Any]
            #expect(source?["id"] as? String != vaultID)
        }
    }
}
