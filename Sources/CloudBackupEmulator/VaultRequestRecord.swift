import CloudBackupAPI

/// A vault encryption request (V2) or password verification request (V5), and, once the agent
/// reported (V3, V6, or the simulated agent on its own), its result (V4, V7).
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
