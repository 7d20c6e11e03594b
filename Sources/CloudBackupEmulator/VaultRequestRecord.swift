import CloudBackupAPI

/// A vault encryption request (`createVaultEncryptionRequest`) or password verification request
/// (`createPasswordVerificationRequest`), and, once the agent reported (`reportVaultEncryptionRequest`,
/// `reportPasswordVerificationRequest`, or the simulated agent on its own), its result (`getVaultEncryptionRequest`,
/// `getPasswordVerificationRequest`).
struct VaultRequestRecord: Sendable {
    typealias Instant = ContinuousClock.Instant

    enum Kind: Sendable {
        case encryption(oldPasswordHex: String?, newPasswordHex: String)
        /// Verifies `passwordHex` against the vault of `targetAgentID`.
        case verification(passwordHex: String, targetAgentID: String)
    }

    let id: String
    /// The agent that does the work (the path's agent).
    let agentID: String
    let kind: Kind
    let createdAt: Instant
    var pickedUpAt: Instant?
    var result: JSONValue?
    var answeredAt: Instant?

    var isEncryption: Bool {
        if case .encryption = kind { return true }
        return false
    }
}
