import CloudBackupAPI
import CloudBackupClient
import Foundation

/// Builds the morning report from the configurations, their backups and the agents' names: a pure
/// function of what the service listed and the time.
public struct ReportBuilder: Sendable {
    public var now: Date
    /// The allowed age of the last completed backup (`--max-age`); nil for the default, which
    /// allows for each configuration's schedule.
    public var maxAge: TimeInterval?
    /// How many days of history each record carries (`--days`).
    public var days: Int

    public init(now: Date, maxAge: TimeInterval? = nil, days: Int = 14) {
        self.now = now
        self.maxAge = maxAge
        self.days = days
    }

    /// One record per configuration, by agent name then configuration name.
    public func records(
        configurations: [ConfigurationSummary], backups: [Backup], agentNames: [String: String]
    ) -> [ReportRecord] {
        let byConfiguration = Dictionary(grouping: backups) { $0.configuration?.id ?? "" }
        return configurations.map { configuration in
            let agentID = configuration.agent?.id ?? ""
            return record(
                configuration, agentName: agentNames[agentID] ?? String(agentID.prefix(8)),
                backups: byConfiguration[configuration.id] ?? [])
        }.sorted { ($0.agent, $0.configuration, $0.configurationID) < ($1.agent, $1.configuration, $1.configurationID) }
    }

    func record(_ configuration: ConfigurationSummary, agentName: String, backups: [Backup]) -> ReportRecord {
        let period = configuration.schedule?.recurrence.first.flatMap(ReportClassifier.period(ofRecurrence:))
        let last = ReportClassifier.newest(backups)
        let ended = last?.endedTime.flatMap(Timestamp.parse)
        return ReportRecord(
            agent: agentName, agentID: configuration.agent?.id ?? "", configuration: configuration.name,
            configurationID: configuration.id, enabled: configuration.enabled,
            flag: ReportClassifier.flag(of: backups, now: now, maxAge: maxAge, period: period),
            backupID: last?.id, state: last?.state, endedTime: last?.endedTime,
            ageSeconds: ended.map { Int(now.timeIntervalSince($0)) }, bytes: last?.bytesBackedUp,
            history: history(of: backups))
    }

    /// The last `days` UTC days, oldest first: each with its worst backup and what was copied.
    public func history(of backups: [Backup]) -> [ReportDay] {
        guard days > 0 else { return [] }
        let today = Self.dayNumber(now)
        var states: [Int: ReportDayState] = [:]
        var bytes: [Int: Int] = [:]
        for backup in backups {
            guard let time = ReportClassifier.activityTime(backup) ?? (backup.startedTime == nil ? now : nil) else { continue }
            let day = Self.dayNumber(time)
            guard day > today - days, day <= today else { continue }
            let state = ReportDayState(backupState: backup.state)
            states[day] = max(states[day] ?? state, state)
            if state == .ok || state == .partial { bytes[day, default: 0] += backup.bytesBackedUp ?? 0 }
        }
        return (today - days + 1...today).map { day in
            ReportDay(day: Self.dayText(day), state: states[day], bytes: bytes[day] ?? 0)
        }
    }

    static func dayNumber(_ date: Date) -> Int {
        Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func dayText(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(day) * 86_400)
        return date.formatted(Date.ISO8601FormatStyle().year().month().day())
    }
}
