/// One configuration's line of the morning report: its last backup, how it stands, and its days.
public struct ReportRecord: Encodable, Sendable, Equatable {
    public var agent: String
    public var agentID: String
    public var configuration: String
    public var configurationID: String
    public var enabled: Bool
    public var flag: ReportFlag
    /// The last backup's ID and state; nil when there is none.
    public var backupID: String?
    public var state: String?
    /// When the last backup ended, and how many seconds before the report.
    public var endedTime: String?
    public var ageSeconds: Int?
    /// What the last backup copied (`bytes_backed_up`).
    public var bytes: Int?
    /// The last days, oldest first, today last.
    public var history: [ReportDay]

    enum CodingKeys: String, CodingKey {
        case agent
        case agentID = "agent_id"
        case configuration
        case configurationID = "configuration_id"
        case enabled, flag
        case backupID = "backup_id"
        case state
        case endedTime = "ended_time"
        case ageSeconds = "age_seconds"
        case bytes, history
    }
}

/// One day of a configuration's history: the worst state its backups reached and what they copied.
public struct ReportDay: Encodable, Sendable, Equatable {
    /// The UTC day, `2026-12-04`.
    public var day: String
    /// Nil when no backup ran that day.
    public var state: ReportDayState?
    public var bytes: Int

    public init(day: String, state: ReportDayState?, bytes: Int) {
        self.day = day
        self.state = state
        self.bytes = bytes
    }
}

/// How a day went, from best to worst; a day with several backups shows its worst.
public enum ReportDayState: String, Encodable, Sendable, Comparable, CaseIterable {
    case ok, running, partial, missed, failed

    /// The day state of one backup's state.
    init(backupState state: String) {
        switch state {
        case "completed": self = .ok
        case "completed_with_errors": self = .partial
        case "missed", "skipped": self = .missed
        case "failed", "stopped": self = .failed
        default: self = ReportClassifier.runningStates.contains(state) ? .running : .failed
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
