/// The state of the service's dependent systems (`getHealth`), grouped as the answer groups them:
/// `event` → `rse`, `storage` → `cassandra`, `transport` → `pecan`. Returned with 200 when all are
/// online and with 503 otherwise.
public struct Health: Codable, Sendable, Equatable {
    /// Group name → system name → health.
    public var groups: [String: [String: DependentSystemHealth]]

    public init(groups: [String: [String: DependentSystemHealth]]) {
        self.groups = groups
    }

    public init(from decoder: any Decoder) throws {
        groups = try decoder.singleValueContainer().decode([String: [String: DependentSystemHealth]].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(groups)
    }

    /// Every system, named `group/system`, sorted by name.
    public var systems: [(name: String, health: DependentSystemHealth)] {
        groups.flatMap { group, systems in systems.map { (name: "\(group)/\($0.key)", health: $0.value) } }
            .sorted { $0.name < $1.name }
    }

    /// Whether every system reports itself online.
    public var allOnline: Bool { groups.values.allSatisfy { $0.values.allSatisfy(\.online) } }
}

/// One dependent system (`getHealth` members, `getDependentSystemHealth`).
public struct DependentSystemHealth: Codable, Sendable, Equatable {
    public var online: Bool
    /// The serving node, for `transport/pecan`.
    public var node: String?
    /// Per-region state, for `event/rse`.
    public var regions: [String: RegionHealth]?
    public var links: [Link]?

    public init(online: Bool, node: String? = nil, regions: [String: RegionHealth]? = nil, links: [Link]? = nil) {
        self.online = online
        self.node = node
        self.regions = regions
        self.links = links
    }

    /// `{"online": ...}`.
    public struct RegionHealth: Codable, Sendable, Equatable {
        public var online: Bool

        public init(online: Bool) {
            self.online = online
        }
    }
}
