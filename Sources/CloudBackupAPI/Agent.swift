/// An agent: the backup daemon on one server (`registerAgent` response, `listAgents` items, `getAgent`).
public struct Agent: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    /// Returned only by registration (`registerAgent`): the agent's own credential.
    public var password: Secret?
    public var name: String
    public var version: String?
    public var host: AgentHost?
    public var enabled: Bool?
    public var rsaPublicKey: RSAPublicKey?
    public var vault: AgentVault?
    public var logLevel: String?
    public var registeredTime: String?
    public var links: [Link]?

    public init(
        projectID: String? = nil, id: String, password: Secret? = nil, name: String, version: String? = nil,
        host: AgentHost? = nil, enabled: Bool? = nil, rsaPublicKey: RSAPublicKey? = nil,
        vault: AgentVault? = nil, logLevel: String? = nil, registeredTime: String? = nil, links: [Link]? = nil
    ) {
        self.projectID = projectID
        self.id = id
        self.password = password
        self.name = name
        self.version = version
        self.host = host
        self.enabled = enabled
        self.rsaPublicKey = rsaPublicKey
        self.vault = vault
        self.logLevel = logLevel
        self.registeredTime = registeredTime
        self.links = links
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, password, name, version, host, enabled
        case rsaPublicKey = "rsa_public_key"
        case vault
        case logLevel = "log_level"
        case registeredTime = "registered_time"
        case links
    }
}

/// The `{"agents": [...]}` document of `listAgents`.
public struct AgentList: Codable, Sendable, Equatable {
    public var agents: [Agent]

    public init(agents: [Agent]) {
        self.agents = agents
    }
}

/// An agent's RSA public key. `exponent` is a JSON number in the docs (`10001`) but is accepted as a
/// string too, and echoed back as received.
public struct RSAPublicKey: Codable, Sendable, Equatable {
    public var modulus: String
    public var exponent: NumberOrString

    public init(modulus: String, exponent: NumberOrString) {
        self.modulus = modulus
        self.exponent = exponent
    }
}

/// A JSON scalar the docs type inconsistently: a number in examples, a string in the tables.
public enum NumberOrString: Codable, Sendable, Equatable {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }
}
