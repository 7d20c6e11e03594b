/// The body of `createConfiguration`. `schedule` is sent as `null` when nil (backups then start only manually), since
/// the key is required.
public struct ConfigurationRequest: Codable, Sendable, Equatable {
    public var agentID: String
    public var name: String
    public var enabled: Bool
    public var schedule: Schedule?
    public var retention: Retention
    public var inclusions: [PathRule]
    public var exclusions: [PathRule]
    /// At least one must have `on_failure` true.
    public var notifications: [BackupNotification]

    public init(
        agentID: String, name: String, enabled: Bool = true, schedule: Schedule?, retention: Retention,
        inclusions: [PathRule], exclusions: [PathRule] = [], notifications: [BackupNotification]
    ) {
        self.agentID = agentID
        self.name = name
        self.enabled = enabled
        self.schedule = schedule
        self.retention = retention
        self.inclusions = inclusions
        self.exclusions = exclusions
        self.notifications = notifications
    }

    enum CodingKeys: String, CodingKey {
        case agentID = "agent_id"
        case name, enabled, schedule, retention, inclusions, exclusions, notifications
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        agentID = try container.decode(String.self, forKey: .agentID)
        name = try container.decode(String.self, forKey: .name)
        enabled = try container.decode(Bool.self, forKey: .enabled)
        schedule = try container.decodeIfPresent(Schedule.self, forKey: .schedule)
        retention = try container.decode(Retention.self, forKey: .retention)
        inclusions = try container.decode([PathRule].self, forKey: .inclusions)
        exclusions = try container.decodeIfPresent([PathRule].self, forKey: .exclusions) ?? []
        notifications = try container.decode([BackupNotification].self, forKey: .notifications)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(agentID, forKey: .agentID)
        try container.encode(name, forKey: .name)
        try container.encode(enabled, forKey: .enabled)
        try container.encode(schedule, forKey: .schedule)
        try container.encode(retention, forKey: .retention)
        try container.encode(inclusions, forKey: .inclusions)
        try container.encode(exclusions, forKey: .exclusions)
        try container.encode(notifications, forKey: .notifications)
    }
}
