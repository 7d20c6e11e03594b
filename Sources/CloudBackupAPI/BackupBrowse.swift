/// The body of `createBackupBrowseRequest`: ask an agent to list a directory inside a backup. As for
/// `createAgentBrowseRequest`, `path_encoded` carries base64 of the path bytes; the password (for encrypted vaults)
/// is sent as `null` when nil.
public struct BackupBrowseRequestBody: Codable, Sendable, Equatable {
    public var agentID: String
    public var encryptedPasswordHex: String?
    public var path: String
    public var pathEncoded: String?

    public init(agentID: String, path: RemoteName, encryptedPasswordHex: String? = nil) {
        let plain = BrowseRequestBody(path: path)
        self.agentID = agentID
        self.encryptedPasswordHex = encryptedPasswordHex
        self.path = plain.path
        self.pathEncoded = plain.pathEncoded
    }

    enum CodingKeys: String, CodingKey {
        case agentID = "agent_id"
        case encryptedPasswordHex = "encrypted_password_hex"
        case path
        case pathEncoded = "path_encoded"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentID, forKey: .agentID)
        try container.encode(encryptedPasswordHex, forKey: .encryptedPasswordHex)
        try container.encode(path, forKey: .path)
        try container.encodeIfPresent(pathEncoded, forKey: .pathEncoded)
    }
}
