/// The server an agent runs on.
public struct AgentHost: Codable, Sendable, Equatable {
    /// `nova`, `rackspace_dedicated` or `rackspace_private_cloud`.
    public var flavor: String?
    /// A region such as `DFW`; may be null for `nova` hosts.
    public var region: String?
    public var machine: Machine?
    public var os: OperatingSystem?
    /// Sent at registration only; never echoed by the service.
    public var fingerprint: String?
    public var addresses: [Address]?

    public init(
        flavor: String? = nil, region: String? = nil, machine: Machine? = nil, os: OperatingSystem? = nil,
        fingerprint: String? = nil, addresses: [Address]? = nil
    ) {
        self.flavor = flavor
        self.region = region
        self.machine = machine
        self.os = os
        self.fingerprint = fingerprint
        self.addresses = addresses
    }

    /// The cloud server behind the host.
    public struct Machine: Codable, Sendable, Equatable {
        public var id: String
        public var links: [Link]?

        public init(id: String, links: [Link]? = nil) {
            self.id = id
            self.links = links
        }
    }

    /// The host's operating system.
    public struct OperatingSystem: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
        public var architecture: String

        public init(name: String, version: String, architecture: String) {
            self.name = name
            self.version = version
            self.architecture = architecture
        }
    }

    /// One IP address of the host; `version` is 4 or 6.
    public struct Address: Codable, Sendable, Equatable {
        public var version: Int
        public var addr: String

        public init(version: Int, addr: String) {
            self.version = version
            self.addr = addr
        }
    }
}

/// The Cloud Files container that holds an agent's backups.
public struct AgentVault: Codable, Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var state: String?
    public var flavor: String?
    public var encrypted: Bool?
    public var region: String?
    public var useInternal: Bool?
    public var links: [Link]?

    public init(
        id: String? = nil, name: String? = nil, state: String? = nil, flavor: String? = nil,
        encrypted: Bool? = nil, region: String? = nil, useInternal: Bool? = nil, links: [Link]? = nil
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.flavor = flavor
        self.encrypted = encrypted
        self.region = region
        self.useInternal = useInternal
        self.links = links
    }

    enum CodingKeys: String, CodingKey {
        case id, name, state, flavor, encrypted, region
        case useInternal = "use_internal"
        case links
    }
}
