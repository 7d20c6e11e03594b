/// The body of `createPasswordVerificationRequest`. A nil `agentID` (sent as `null`) verifies the vault of the agent
/// in the path; another agent's ID verifies that agent's vault password through the agent in the path.
public struct PasswordVerificationRequest: Codable, Sendable, Equatable {
    public var encryptedPasswordHex: String
    public var agentID: String?

    public init(encryptedPasswordHex: String, agentID: String? = nil) {
        self.encryptedPasswordHex = encryptedPasswordHex
        self.agentID = agentID
    }

    enum CodingKeys: String, CodingKey {
        case encryptedPasswordHex = "encrypted_password_hex"
        case agentID = "agent_id"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(encryptedPasswordHex, forKey: .encryptedPasswordHex)
        try container.encode(agentID, forKey: .agentID)
    }
}

/// The body of `reportPasswordVerificationRequest`: the agent reports whether the password was right.
public struct PasswordVerificationReport: Codable, Sendable, Equatable {
    public var verified: Bool

    public init(verified: Bool) {
        self.verified = verified
    }
}

/// The result of a `createPasswordVerificationRequest` request (`getPasswordVerificationRequest`): event
/// `vault_password_verified`.
public struct PasswordVerificationResult: Codable, Sendable, Equatable {
    /// An event ID.
    public var id: String
    public var time: String?
    public var event: String
    public var agent: ResourceRef?
    public var requestID: String?
    public var valid: Bool

    public init(id: String, time: String? = nil, event: String, agent: ResourceRef? = nil, requestID: String? = nil, valid: Bool) {
        self.id = id
        self.time = time
        self.event = event
        self.agent = agent
        self.requestID = requestID
        self.valid = valid
    }

    enum CodingKeys: String, CodingKey {
        case id, time, event, agent
        case requestID = "request_id"
        case valid
    }
}
