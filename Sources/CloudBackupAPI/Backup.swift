/// A backup of one configuration (`startBackup` response, `listBackups` items, `getBackup`).
public struct Backup: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    public var agent: ResourceRef?
    public var configuration: ResourceRef?
    public var state: String
    public var startedTime: String?
    public var endedTime: String?
    public var snapshotID: Int?
    public var errors: ErrorSummary?
    public var filesSearched: Int?
    public var filesBackedUp: Int?
    public var bytesSearched: Int?
    public var bytesBackedUp: Int?
    public var bytesInDB: Int?
    public var bandwidthAverageBPS: Int?
    public var restorable: Bool?
    public var links: [Link]?

    public init(id: String, state: String, agent: ResourceRef? = nil, configuration: ResourceRef? = nil) {
        self.id = id
        self.state = state
        self.agent = agent
        self.configuration = configuration
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, agent, configuration, state
        case startedTime = "started_time"
        case endedTime = "ended_time"
        case snapshotID = "snapshot_id"
        case errors
        case filesSearched = "files_searched"
        case filesBackedUp = "files_backed_up"
        case bytesSearched = "bytes_searched"
        case bytesBackedUp = "bytes_backed_up"
        case bytesInDB = "bytes_in_db"
        case bandwidthAverageBPS = "bandwidth_avg_bps"
        case restorable, links
    }

    /// The documented states; `missed` is set only by the service.
    public enum State: String, Sendable, CaseIterable {
        case startRequested = "start_requested", startScheduled = "start_scheduled"
        case queued, preparing, inProgress = "in_progress"
        case stopRequested = "stop_requested"
        case completed, completedWithErrors = "completed_with_errors", failed, stopped, skipped, missed
    }
}

/// The `{"backups": [...], "links": [...]}` page of `listBackups`.
public struct BackupList: Codable, Sendable, Equatable {
    public var backups: [Backup]
    public var links: [Link]?

    public init(backups: [Backup], links: [Link]? = nil) {
        self.backups = backups
        self.links = links
    }
}

/// The body of `startBackup`. `start_scheduled` is for agents, which must send `X-Agent-Id`.
public struct StartBackupRequest: Codable, Sendable, Equatable {
    public var configurationID: String
    public var state: String

    public init(configurationID: String, state: StartState = .startRequested) {
        self.configurationID = configurationID
        self.state = state.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case configurationID = "configuration_id"
        case state
    }
}

/// Who starts a backup or a cleanup: a user (`start_requested`) or the agent's schedule (`start_scheduled`).
public enum StartState: String, Codable, Sendable, CaseIterable {
    case startRequested = "start_requested", startScheduled = "start_scheduled"
}
