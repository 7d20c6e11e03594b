/// When a configuration's backups run: one RRULE in an IANA time zone. `start` is set by the service.
public struct Schedule: Codable, Sendable, Equatable {
    public var start: String?
    /// Exactly one rule, e.g. `RRULE:FREQ=HOURLY;INTERVAL=2`.
    public var recurrence: [String]
    public var timeZone: String

    public init(recurrence: [String], timeZone: String, start: String? = nil) {
        self.recurrence = recurrence
        self.timeZone = timeZone
        self.start = start
    }

    enum CodingKeys: String, CodingKey {
        case start, recurrence
        case timeZone = "time_zone"
    }
}

/// How long backups are kept; `0` days keeps them forever. The docs give `days` as a number in
/// some places and a string in others, so both decode.
public struct Retention: Codable, Sendable, Equatable {
    public var days: NumberOrString

    public init(days: Int) {
        self.days = .number(days)
    }

    public init(days: NumberOrString) {
        self.days = days
    }
}

/// Who is told about a configuration's backups.
public struct BackupNotification: Codable, Sendable, Equatable {
    /// `email`.
    public var type: String
    public var destination: String
    public var onSuccess: Bool
    public var onFailure: Bool

    public init(type: String = "email", destination: String, onSuccess: Bool, onFailure: Bool) {
        self.type = type
        self.destination = destination
        self.onSuccess = onSuccess
        self.onFailure = onFailure
    }

    enum CodingKeys: String, CodingKey {
        case type, destination
        case onSuccess = "on_success"
        case onFailure = "on_failure"
    }
}

/// The last completed and the next scheduled backup of a configuration.
public struct ConfigurationBackups: Codable, Sendable, Equatable {
    public var lastCompleted: ResourceRef?
    public var next: ScheduledRun?

    public init(lastCompleted: ResourceRef? = nil, next: ScheduledRun? = nil) {
        self.lastCompleted = lastCompleted
        self.next = next
    }

    enum CodingKeys: String, CodingKey {
        case lastCompleted = "last_completed"
        case next
    }
}

/// `{"scheduled_time": ...}`.
public struct ScheduledRun: Codable, Sendable, Equatable {
    /// Null for a configuration that only runs when started by hand.
    public var scheduledTime: String?

    public init(scheduledTime: String?) {
        self.scheduledTime = scheduledTime
    }

    enum CodingKeys: String, CodingKey {
        case scheduledTime = "scheduled_time"
    }
}
