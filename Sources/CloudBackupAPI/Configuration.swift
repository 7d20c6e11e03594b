/// A backup configuration (`createConfiguration` response, `getConfiguration`): what to back up, when, and how long
/// to keep it.
public struct Configuration: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    public var agent: ResourceRef?
    public var name: String
    public var enabled: Bool
    /// Nil when backups only start manually.
    public var schedule: Schedule?
    public var retention: Retention?
    public var inclusions: [PathRule]?
    public var exclusions: [PathRule]?
    public var notifications: [BackupNotification]?
    /// The soft-delete flag: a deleted configuration can still be read.
    public var deleted: Bool?
    public var backups: ConfigurationBackups?
    /// `createConfiguration`'s example puts the next run here instead of in `backups.next`; see `nextScheduledTime`.
    public var next: ScheduledRun?
    public var links: [Link]?

    public init(id: String, name: String, enabled: Bool, agent: ResourceRef? = nil) {
        self.id = id
        self.name = name
        self.enabled = enabled
        self.agent = agent
    }

    /// The next scheduled run, wherever the answer put it.
    public var nextScheduledTime: String? { backups?.next?.scheduledTime ?? next?.scheduledTime }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, agent, name, enabled, schedule, retention, inclusions, exclusions, notifications, deleted, backups, next
        case links
    }
}

/// A configuration as the lists show it (`listConfigurations`, `listAgentConfigurations` items): without inclusions,
/// exclusions, notifications and `deleted`. Its self link has rel `full`.
public struct ConfigurationSummary: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    public var agent: ResourceRef?
    public var name: String
    public var enabled: Bool
    public var schedule: Schedule?
    public var retention: Retention?
    public var backups: ConfigurationBackups?
    public var links: [Link]?

    public init(id: String, name: String, enabled: Bool, agent: ResourceRef? = nil) {
        self.id = id
        self.name = name
        self.enabled = enabled
        self.agent = agent
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, agent, name, enabled, schedule, retention, backups, links
    }
}

/// The `{"configurations": [...]}` document of `listConfigurations` and `listAgentConfigurations` (not paged).
public struct ConfigurationList: Codable, Sendable, Equatable {
    public var configurations: [ConfigurationSummary]

    public init(configurations: [ConfigurationSummary]) {
        self.configurations = configurations
    }
}
