import CloudBackupAPI
import CloudBackupClient
import Foundation

/// How a backup configuration stands in the morning report.
public enum ReportFlag: String, Sendable, Codable, CaseIterable {
    /// The last backup completed, recently enough.
    case ok
    /// The last backup failed or was stopped.
    case failed
    /// The last backup completed with errors: some files are not in it.
    case partial
    /// The last scheduled run did not happen (`missed` or `skipped`).
    case missed
    /// The last backup completed, but longer ago than the allowed age.
    case stale
    /// A backup is under way.
    case running
    /// The configuration has no backup at all.
    case never

    /// True when nothing needs doing: the exit status of `report` is 0 only when every enabled
    /// configuration is healthy.
    public var isHealthy: Bool { self == .ok || self == .running }
}

/// The classification of a configuration's backups, as a pure function of the backups, the time
/// and the allowed age.
public enum ReportClassifier {
    static let runningStates: Set<String> = [
        "start_requested", "start_scheduled", "queued", "preparing", "in_progress", "stop_requested",
    ]
    /// The age a completed last backup may have when no other is asked for: a daily run a few hours late.
    public static let defaultMaxAge: TimeInterval = 26 * 3600
    /// The margin past one scheduled period before a completed backup counts as stale: runs start
    /// late and take time.
    static let scheduleMargin: TimeInterval = 2 * 3600

    /// The newest of `backups`: the one started (or, never started, ended) last; one with no time
    /// yet has just been asked for, and is the newest.
    public static func newest(_ backups: [Backup]) -> Backup? {
        backups.max { activityTime($0) ?? .distantFuture < activityTime($1) ?? .distantFuture }
    }

    /// When a backup happened: its start, or its end when it never started (a missed run).
    public static func activityTime(_ backup: Backup) -> Date? {
        (backup.startedTime ?? backup.endedTime).flatMap(Timestamp.parse)
    }

    /// The flag of a configuration whose backups are `backups` (in any order), at `now`. A
    /// completed (or partial) last backup that ended more than `maxAge` ago is `stale`; without a
    /// `maxAge`, 26 hours are allowed, or one period of the schedule and a margin when that is longer.
    public static func flag(of backups: [Backup], now: Date, maxAge: TimeInterval?, period: TimeInterval? = nil) -> ReportFlag {
        guard let last = newest(backups) else { return .never }
        if runningStates.contains(last.state) { return .running }
        switch last.state {
        case "failed", "stopped": return .failed
        case "missed", "skipped": return .missed
        case "completed", "completed_with_errors":
            let allowed = maxAge ?? max(defaultMaxAge, period.map { $0 + scheduleMargin } ?? 0)
            let ended = (last.endedTime ?? last.startedTime).flatMap(Timestamp.parse)
            if let ended, now.timeIntervalSince(ended) > allowed { return .stale }
            return last.state == "completed" ? .ok : .partial
        default:
            return .failed
        }
    }

    /// The time between two runs of an `RRULE:FREQ=HOURLY|DAILY|WEEKLY;INTERVAL=N…` schedule; nil
    /// for other rules.
    public static func period(ofRecurrence rule: String) -> TimeInterval? {
        let fields = Dictionary(
            rule.replacingOccurrences(of: "RRULE:", with: "").split(separator: ";").compactMap { part in
                let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                return pair.count == 2 ? (pair[0], pair[1]) : nil
            }, uniquingKeysWith: { first, _ in first })
        let interval = Double(fields["INTERVAL"].flatMap { Int($0) } ?? 1)
        switch fields["FREQ"] {
        case "HOURLY": return interval * 3600
        case "DAILY": return interval * 86_400
        case "WEEKLY": return interval * 7 * 86_400
        default: return nil
        }
    }
}
