import CloudBackupAPI
import Foundation

/// A backup configuration: what to back up on one agent, when, and for how long.
struct ConfigurationRecord: Sendable {
    let id: String
    var agentID: String
    var name: String
    var enabled: Bool
    /// `{recurrence, time_zone}` as sent, or nil for manual-only backups.
    var schedule: ConfigurationSchedule?
    var retentionDays: Int
    var inclusions: [InclusionRule]
    var exclusions: [InclusionRule]
    var notifications: [JSONValue]
    /// `deleteConfiguration` is a soft delete: the configuration stays readable with `deleted: true`.
    var deleted = false
    let createdDate: Date

    var selection: PathSelection { PathSelection(inclusions: inclusions, exclusions: exclusions) }

    /// Upcoming scheduled run times; nil for a manual-only or disabled configuration.
    func times(after date: Date, count: Int = 3) -> [Date]? {
        guard enabled, !deleted, let schedule, let rule = Recurrence(schedule.recurrence) else { return nil }
        return rule.nextTimes(after: date, start: createdDate, count: count)
    }
}

/// A configuration's schedule: one RRULE in an IANA time zone.
struct ConfigurationSchedule: Sendable {
    var recurrence: String
    var timeZone: String
}
