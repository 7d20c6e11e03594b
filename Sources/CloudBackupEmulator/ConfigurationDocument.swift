import CloudBackupAPI
import Foundation

/// A configuration as `createConfiguration` and `getConfiguration` return it (CloudBackupAPI's
/// `Configuration`), or as an item of `listConfigurations` and `listAgentConfigurations`
/// (`ConfigurationSummary`: no rules, notifications or `deleted`; self link `full`).
enum ConfigurationDocument {
    static func make(
        _ record: ConfigurationRecord, lastCompleted: JobRecord?, now: Date, urls: ServiceURLs, summary: Bool = false
    ) -> JSONValue {
        let own = urls.endpoint + "/configurations/" + record.id
        var members: [(key: String, value: JSONValue)] = [
            ("project_id", .string(EmulatorConfiguration.projectID)),
            ("id", .string(record.id)),
            ("agent", .ref(record.agentID, href: urls.agent(record.agentID))),
            ("name", .string(record.name)),
            ("enabled", .bool(record.enabled)),
            (
                "schedule",
                record.schedule.map { $0.document(start: Timestamp.microseconds(record.createdDate)) } ?? .null
            ),
            ("retention", .object([("days", .int(record.retentionDays))])),
        ]
        if !summary {
            members += [
                ("inclusions", .array(record.inclusions.map(\.document))),
                ("exclusions", .array(record.exclusions.map(\.document))),
                ("notifications", .array(record.notifications)),
                ("deleted", .bool(record.deleted)),
            ]
        }
        let next = record.times(after: now, count: 1)?.first
        members.append(
            (
                "backups",
                .object([
                    (
                        "last_completed",
                        lastCompleted.map { .ref($0.id, href: urls.endpoint + "/backups/" + $0.id) } ?? .null
                    ),
                    ("next", .object([("scheduled_time", .optionalString(next.map(Timestamp.microseconds)))])),
                ])
            ))
        members.append(
            (
                "links",
                .links([
                    (summary ? "full" : "self", own), ("activities", own + "/activities"), ("events", own + "/events"),
                ])
            ))
        return .object(members)
    }
}
