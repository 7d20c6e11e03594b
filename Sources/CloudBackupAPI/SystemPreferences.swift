/// The `system_preferences` of an agent's settings document (`getAgentConfiguration`).
public struct SystemPreferences: Codable, Sendable, Equatable {
    public var environment: Environment?
    public var logging: Logging?
    public var events: Events?
    public var backupControls: BackupControls?

    public init(environment: Environment? = nil, logging: Logging? = nil, events: Events? = nil, backupControls: BackupControls? = nil) {
        self.environment = environment
        self.logging = logging
        self.events = events
        self.backupControls = backupControls
    }

    enum CodingKeys: String, CodingKey {
        case environment, logging, events
        case backupControls = "backup_controls"
    }

    /// Disk space the agent needs free before it starts work.
    public struct Environment: Codable, Sendable, Equatable {
        public var minimumDiskSpaceMB: PerOperation?

        enum CodingKeys: String, CodingKey {
            case minimumDiskSpaceMB = "minimum_disk_space_mb"
        }
    }

    /// One value per kind of work.
    public struct PerOperation: Codable, Sendable, Equatable {
        public var backup: Int?
        public var restore: Int?
        public var cleanup: Int?
    }

    /// `{"level": ...}`.
    public struct Logging: Codable, Sendable, Equatable {
        public var level: String?
    }

    /// How the agent reaches Really Simple Events.
    public struct Events: Codable, Sendable, Equatable {
        public var rse: RSE?
    }

    /// The RSE host, channel and timing.
    public struct RSE: Codable, Sendable, Equatable {
        public var host: String?
        public var channel: String?
        public var polling: Timing?
        public var heartbeat: Timing?
    }

    /// Intervals and timeouts in milliseconds, per event mode.
    public struct Timing: Codable, Sendable, Equatable {
        public var intervalMS: PerMode?
        public var timeoutMS: PerMode?

        enum CodingKeys: String, CodingKey {
            case intervalMS = "interval_ms"
            case timeoutMS = "timeout_ms"
        }
    }

    /// One value per event mode.
    public struct PerMode: Codable, Sendable, Equatable {
        public var idle: Int?
        public var active: Int?
        public var realTime: Int?

        enum CodingKeys: String, CodingKey {
            case idle, active
            case realTime = "real_time"
        }
    }

    /// `{"disable_vss": 0}`: a number in the example, a string in the table.
    public struct BackupControls: Codable, Sendable, Equatable {
        public var disableVSS: NumberOrString?

        enum CodingKeys: String, CodingKey {
            case disableVSS = "disable_vss"
        }
    }
}
