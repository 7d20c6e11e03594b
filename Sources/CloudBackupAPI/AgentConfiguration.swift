/// The whole settings document an agent runs on (`getAgentConfiguration`): preferences, vaults and backup
/// configurations.
public struct AgentConfiguration: Codable, Sendable, Equatable {
    public var systemPreferences: SystemPreferences?
    public var vaults: [Vault]?
    public var configurations: [BackupConfiguration]?

    public init(systemPreferences: SystemPreferences? = nil, vaults: [Vault]? = nil, configurations: [BackupConfiguration]? = nil) {
        self.systemPreferences = systemPreferences
        self.vaults = vaults
        self.configurations = configurations
    }

    enum CodingKeys: String, CodingKey {
        case systemPreferences = "system_preferences"
        case vaults, configurations
    }

    /// A vault the agent writes to; link rels `publicURL`, `internalURL`, `data_services`.
    public struct Vault: Codable, Sendable, Equatable {
        public var id: String
        public var useInternal: Bool?
        public var encrypted: Bool?
        public var links: [Link]?

        public init(id: String, useInternal: Bool? = nil, encrypted: Bool? = nil, links: [Link]? = nil) {
            self.id = id
            self.useInternal = useInternal
            self.encrypted = encrypted
            self.links = links
        }

        enum CodingKeys: String, CodingKey {
            case id
            case useInternal = "use_internal"
            case encrypted, links
        }
    }

    /// A backup configuration as the agent sees it, with its upcoming run times.
    public struct BackupConfiguration: Codable, Sendable, Equatable {
        public var id: String
        public var name: String?
        public var enabled: Bool?
        public var vaultID: String?
        public var retention: Retention?
        /// Upcoming scheduled runs; nil for configurations started only manually.
        public var times: [String]?
        public var inclusions: [PathRule]?
        public var exclusions: [PathRule]?

        public init(id: String, name: String? = nil, enabled: Bool? = nil) {
            self.id = id
            self.name = name
            self.enabled = enabled
        }

        enum CodingKeys: String, CodingKey {
            case id, name, enabled
            case vaultID = "vault_id"
            case retention, times, inclusions, exclusions
        }
    }
}
