import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Vault encryption, password verification and moves over HTTP")
struct VaultTests {
    /// Online, its vault unencrypted and holding the seeded backups.
    static let web02 = "8f1a6c2e-51d7-4e0b-9a3f-0c6b2d8e4a71"
    /// Online, its vault unencrypted.
    static let mail01 = "5e27b8d1-9c40-4f6a-a3e2-d71f05c8b946"
    /// Online, its vault encrypted.
    static let db01 = "c4a9e0d2-7b3f-4c1e-8d65-2f9a0b7e13c8"

    @Test func verificationIsPendingUntilTheAgentAnswersThenValidOrInvalid() async throws {
        // At the service's own pace an agent reports half a second after it picked a request up.
        try await ClientFixture.with(timeScale: 1.0) { fixture in
            let client = fixture.client
            try await client.activateAgents(mode: .realTime)
            let unencrypted = await #expect(throws: APIError.self) {
                try await client.requestPasswordVerification(agentID: Self.web02, .init(encryptedPasswordHex: "0bff42"))
            }
            #expect(unencrypted?.status == 403)
            #expect(unencrypted?.message == "Encryption is not enabled for this agent's vault.")
            let enabled = try await encrypt(client, Self.web02, old: nil, new: "0bff42")
            #expect(enabled.succeeded)

            let right = try await client.requestPasswordVerification(agentID: Self.web02, .init(encryptedPasswordHex: "0bff42"))
            #expect(try await client.passwordVerificationResult(agentID: Self.web02, requestID: right) == nil)
            let valid = try await verification(client, Self.web02, right)
            #expect(valid.event == "vault_password_verified")
            #expect(valid.requestID == right)
            #expect(valid.agent?.id == Self.web02)
            #expect(valid.valid)

            let wrong = try await client.requestPasswordVerification(agentID: Self.web02, .init(encryptedPasswordHex: "00ff"))
            #expect(try await client.passwordVerificationResult(agentID: Self.web02, requestID: wrong) == nil)
            #expect(try await verification(client, Self.web02, wrong).valid == false)

            // Through another agent, against the vault of the agent named in the body.
            let through = try await client.requestPasswordVerification(
                agentID: Self.mail01, .init(encryptedPasswordHex: "0bff42", agentID: Self.web02))
            #expect(try await verification(client, Self.mail01, through).valid)
        }
    }

    @Test func changingThePasswordNeedsTheOldOneAsDocumented() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            try await client.activateAgents(mode: .realTime)
            let oldButUnencrypted = await #expect(throws: APIError.self) {
                try await client.requestVaultEncryption(
                    agentID: Self.web02, .init(oldEncryptedPasswordHex: "aa", newEncryptedPasswordHex: "bb"))
            }
            #expect(oldButUnencrypted?.status == 403)
            #expect(oldButUnencrypted?.message == "An old password was supplied, but the vault is unencrypted.")
            let noNewPassword = await #expect(throws: APIError.self) {
                try await client.requestVaultEncryption(
                    agentID: Self.web02, .init(oldEncryptedPasswordHex: nil, newEncryptedPasswordHex: ""))
            }
            #expect(noNewPassword?.status == 400)

            let enabled = try await encrypt(client, Self.web02, old: nil, new: "0bff42")
            #expect(enabled.event == "vault_encryption_enabled")
            #expect(enabled.succeeded)
            #expect(try await client.agent(id: Self.web02).vault?.encrypted == true)
            let noOldButEncrypted = await #expect(throws: APIError.self) {
                try await client.requestVaultEncryption(
                    agentID: Self.web02, .init(oldEncryptedPasswordHex: nil, newEncryptedPasswordHex: "c0ffee"))
            }
            #expect(noOldButEncrypted?.status == 403)

            let refused = try await encrypt(client, Self.web02, old: "badbad", new: "c0ffee")
            #expect(refused.event == "vault_encryption_changed")
            #expect(refused.succeeded == false)
            let changed = try await encrypt(client, Self.web02, old: "0bff42", new: "c0ffee")
            #expect(changed.event == "vault_encryption_changed")
            #expect(changed.succeeded)
            let request = try await client.requestPasswordVerification(agentID: Self.web02, .init(encryptedPasswordHex: "c0ffee"))
            #expect(try await verification(client, Self.web02, request).valid)
        }
    }

    @Test func aVaultMovesToAnEmptyAgentButAnEncryptedOneStays() async throws {
        try await ClientFixture.with { fixture in
            let client = fixture.client
            let fresh = try await client.registerAgent(Self.registration).id
            let encrypted = await #expect(throws: APIError.self) { try await client.moveVault(to: fresh, from: Self.db01) }
            #expect(encrypted?.status == 403)
            let full = await #expect(throws: APIError.self) { try await client.moveVault(to: Self.web02, from: Self.mail01) }
            #expect(full?.status == 403)

            let vault = try #require(try await client.agent(id: Self.mail01).vault?.id)
            try await client.moveVault(to: fresh, from: Self.mail01)
            #expect(try await client.agent(id: fresh).vault?.id == vault)
            let left = try #require(try await client.agent(id: Self.mail01).vault?.id)
            #expect(left != vault)
        }
    }

    /// A new agent, whose vault is empty.
    static let registration = AgentRegistration(
        name: "spare", version: "1.23.008344",
        host: AgentHost(
            flavor: "nova", region: "DFW", machine: .init(id: "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5"),
            os: .init(name: "Ubuntu", version: "14.04", architecture: "64-bit"), fingerprint: "spare-host",
            addresses: [.init(version: 4, addr: "67.23.10.200")]),
        rsaPublicKey: RSAPublicKey(modulus: "E14F9A88", exponent: .number(10001)))

    /// `createVaultEncryptionRequest`, then `getVaultEncryptionRequest` once the agent reported.
    private func encrypt(_ client: CloudBackupClient, _ agentID: String, old: String?, new: String) async throws
        -> VaultEncryptionResult
    {
        let id = try await client.requestVaultEncryption(
            agentID: agentID, .init(oldEncryptedPasswordHex: old, newEncryptedPasswordHex: new))
        return try #require(try await eventually { try await client.vaultEncryptionResult(agentID: agentID, requestID: id) })
    }

    /// `getPasswordVerificationRequest` once the agent reported.
    private func verification(_ client: CloudBackupClient, _ agentID: String, _ id: String) async throws
        -> PasswordVerificationResult
    {
        try #require(try await eventually { try await client.passwordVerificationResult(agentID: agentID, requestID: id) })
    }
}
