/// The body of `moveVault`: move the vault of `sourceAgentID` to the agent in the path.
public struct VaultMove: Codable, Sendable, Equatable {
    public var sourceAgentID: String

    public init(sourceAgentID: String) {
        self.sourceAgentID = sourceAgentID
    }

    enum CodingKeys: String, CodingKey {
        case sourceAgentID = "source_agent_id"
    }
}

/// The body of `createVaultEncryptionRequest`: enable encryption (no old password) or change the password. Passwords
/// are encrypted with the agent's public key, hex-encoded, and opaque here. A nil old password is sent as `null`, as
/// documented.
public struct VaultEncryptionRequest: Codable, Sendable, Equatable {
    public var oldEncryptedPasswordHex: String?
    public var newEncryptedPasswordHex: String

    public init(oldEncryptedPasswordHex: String?, newEncryptedPasswordHex: String) {
        self.oldEncryptedPasswordHex = oldEncryptedPasswordHex
        self.newEncryptedPasswordHex = newEncryptedPasswordHex
    }

    enum CodingKeys: String, CodingKey {
        case oldEncryptedPasswordHex = "old_encrypted_password_hex"
        case newEncryptedPasswordHex = "new_encrypted_password_hex"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(oldEncryptedPasswordHex, forKey: .oldEncryptedPasswordHex)
        try container.encode(newEncryptedPasswordHex, forKey: .newEncryptedPasswordHex)
    }
}

/// The body of `reportVaultEncryptionRequest`: the agent reports how a `createVaultEncryptionRequest` request went.
public struct VaultEncryptionReport: Codable, Sendable, Equatable {
    /// `enabled` or `changed`.
    public var action: String
    public var succeeded: Bool

    public init(action: Action, succeeded: Bool) {
        self.action = action.rawValue
        self.succeeded = succeeded
    }

    /// The documented actions.
    public enum Action: String, Codable, Sendable, CaseIterable {
        case enabled, changed
    }
}

/// The result of a `createVaultEncryptionRequest` request (`getVaultEncryptionRequest`): event
/// `vault_encryption_enabled` or `vault_encryption_changed`.
public struct VaultEncryptionResult: Codable, Sendable, Equatable {
    /// An event ID.
    public var id: String
    public var time: String?
    public var event: String
    public var agent: ResourceRef?
    public var requestID: String?
    public var succeeded: Bool

    public init(id: String, time: String? = nil, event: String, agent: ResourceRef? = nil, requestID: String? = nil, succeeded: Bool) {
        self.id = id
        self.time = time
        self.event = event
        self.agent = agent
        self.requestID = requestID
        self.succeeded = succeeded
    }

    enum CodingKeys: String, CodingKey {
        case id, time, event, agent
        case requestID = "request_id"
        case succeeded
    }
}
