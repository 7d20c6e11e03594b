/// The body of `startRestore`. A nil `destinationPath` restores to the original locations (same host only);
/// it is sent as `null` because the key is required.
public struct StartRestoreRequest: Codable, Sendable, Equatable {
    public var backupID: String
    public var destinationAgentID: String
    public var destinationPath: String?
    public var overwriteFiles: Bool
    /// The vault password encrypted with the agent's public key, or nil for an unencrypted vault.
    public var encryptedPasswordHex: String?
    public var inclusions: [PathRule]
    public var exclusions: [PathRule]

    public init(
        backupID: String, destinationAgentID: String, destinationPath: String?, overwriteFiles: Bool = false,
        encryptedPasswordHex: String? = nil, inclusions: [PathRule] = [], exclusions: [PathRule] = []
    ) {
        self.backupID = backupID
        self.destinationAgentID = destinationAgentID
        self.destinationPath = destinationPath
        self.overwriteFiles = overwriteFiles
        self.encryptedPasswordHex = encryptedPasswordHex
        self.inclusions = inclusions
        self.exclusions = exclusions
    }

    enum CodingKeys: String, CodingKey {
        case backupID = "backup_id"
        case destinationAgentID = "destination_agent_id"
        case destinationPath = "destination_path"
        case overwriteFiles = "overwrite_files"
        case encryptedPasswordHex = "encrypted_password_hex"
        case inclusions, exclusions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        backupID = try container.decode(String.self, forKey: .backupID)
        destinationAgentID = try container.decode(String.self, forKey: .destinationAgentID)
        destinationPath = try container.decodeIfPresent(String.self, forKey: .destinationPath)
        overwriteFiles = try container.decodeIfPresent(Bool.self, forKey: .overwriteFiles) ?? false
        encryptedPasswordHex = try container.decodeIfPresent(String.self, forKey: .encryptedPasswordHex)
        inclusions = try container.decodeIfPresent([PathRule].self, forKey: .inclusions) ?? []
        exclusions = try container.decodeIfPresent([PathRule].self, forKey: .exclusions) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(backupID, forKey: .backupID)
        try container.encode(destinationAgentID, forKey: .destinationAgentID)
        try container.encode(destinationPath, forKey: .destinationPath)
        try container.encode(overwriteFiles, forKey: .overwriteFiles)
        try container.encode(encryptedPasswordHex, forKey: .encryptedPasswordHex)
        try container.encode(inclusions, forKey: .inclusions)
        try container.encode(exclusions, forKey: .exclusions)
    }
}
