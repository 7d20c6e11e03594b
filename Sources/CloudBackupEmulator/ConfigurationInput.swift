import CloudBackupAPI
import Foundation

/// A `createConfiguration` body (or an `updateConfiguration`-patched one) read and checked against
/// the documented rules: every problem is collected, and any problem is a 400 with `message` and
/// `errors` (the documentation states the rules but not the status of a violation). `exclusions`
/// may be left out (it defaults to `[]`: a configuration may need none, though it is marked
/// required), and `schedule.recurrence` must hold exactly one rule, the only number supported.
struct ConfigurationInput: Sendable {
    var agentID: String
    var name: String
    var enabled: Bool
    var schedule: ConfigurationSchedule?
    var retentionDays: Int
    var inclusions: [InclusionRule]
    var exclusions: [InclusionRule]
    var notifications: [JSONValue]

    static func parse(_ body: JSONValue) throws -> ConfigurationInput {
        var errors: [String] = []
        let agentID = body["agent_id"]?.stringValue ?? ""
        if agentID.isEmpty { errors.append("agent_id is required.") }
        let name = body["name"]?.stringValue ?? ""
        if name.trimmingCharacters(in: .whitespaces).isEmpty { errors.append("name is required.") }
        let enabled = body["enabled"]?.asBool
        if enabled == nil { errors.append("enabled is required and must be a boolean.") }
        let schedule = parseSchedule(body["schedule"], errors: &errors)
        let days = body["retention"]?["days"]?.asInt
        if days == nil || days! < 0 { errors.append("retention.days is required and must be a whole number >= 0.") }
        if body["inclusions"] == nil { errors.append("inclusions is required.") }
        let inclusions = InclusionRule.parse(body["inclusions"], field: "inclusions", errors: &errors)
        let exclusions = InclusionRule.parse(body["exclusions"], field: "exclusions", errors: &errors)
        checkRules(inclusions: inclusions, exclusions: exclusions, errors: &errors)
        let notifications = parseNotifications(body["notifications"], errors: &errors)
        guard errors.isEmpty else { throw ServiceError.validation("Validation failed.", errors: errors) }
        return ConfigurationInput(
            agentID: agentID, name: name, enabled: enabled!, schedule: schedule, retentionDays: days!,
            inclusions: inclusions, exclusions: exclusions, notifications: notifications)
    }

    private static func parseSchedule(_ value: JSONValue?, errors: inout [String]) -> ConfigurationSchedule? {
        guard let value else {
            errors.append("schedule is required (null for manual backups only).")
            return nil
        }
        if value.isJSONNull { return nil }
        guard let recurrence = value["recurrence"]?.asArray, recurrence.count == 1,
            let rule = recurrence[0].stringValue
        else {
            errors.append("schedule.recurrence must hold exactly one RRULE.")
            return nil
        }
        if Recurrence(rule) == nil { errors.append("schedule.recurrence: unsupported rule \(rule).") }
        let zone = value["time_zone"]?.stringValue ?? ""
        if TimeZone(identifier: zone) == nil { errors.append("schedule.time_zone must be an IANA time zone.") }
        return ConfigurationSchedule(recurrence: rule, timeZone: zone)
    }

    private static func checkRules(inclusions: [InclusionRule], exclusions: [InclusionRule], errors: inout [String]) {
        if inclusions.isEmpty { errors.append("inclusions must name at least one file or folder.") }
        for (kind, rules) in [("inclusions", inclusions), ("exclusions", exclusions)] {
            let paths = rules.map(\.normalized)
            for path in Set(paths) where paths.count(where: { $0 == path }) > 1 {
                errors.append("\(kind): duplicate path \(path).")
            }
        }
        let excluded = Set(exclusions.map(\.normalized))
        for rule in inclusions where excluded.contains(rule.normalized) {
            errors.append("inclusions: \(rule.path) is also excluded.")
        }
        for rule in inclusions
        where (inclusions + exclusions).contains(where: {
            $0.normalized != rule.normalized && $0.covers(rule.normalized)
        }) {
            errors.append("inclusions: \(rule.path) lies beneath another inclusion or exclusion.")
        }
        for rule in exclusions {
            if exclusions.contains(where: { $0.normalized != rule.normalized && $0.covers(rule.normalized) }) {
                errors.append("exclusions: \(rule.path) lies beneath another exclusion.")
            }
            if !inclusions.contains(where: { $0.normalized != rule.normalized && $0.covers(rule.normalized) }) {
                errors.append("exclusions: \(rule.path) does not lie beneath an inclusion.")
            }
        }
    }

    private static func parseNotifications(_ value: JSONValue?, errors: inout [String]) -> [JSONValue] {
        guard let items = value?.asArray, !items.isEmpty else {
            errors.append("notifications must hold at least one notification.")
            return []
        }
        var result: [JSONValue] = []
        for (index, item) in items.enumerated() {
            guard item["type"]?.stringValue == "email", let destination = item["destination"]?.stringValue,
                destination.contains("@"), let onSuccess = item["on_success"]?.asBool,
                let onFailure = item["on_failure"]?.asBool
            else {
                errors.append(
                    "notifications[\(index)] needs type email, a destination address, on_success and on_failure.")
                continue
            }
            result.append(
                .object([
                    ("type", .string("email")), ("destination", .string(destination)),
                    ("on_success", .bool(onSuccess)), ("on_failure", .bool(onFailure)),
                ]))
        }
        if errors.isEmpty, !result.contains(where: { $0["on_failure"] == .bool(true) }) {
            errors.append("notifications: at least one notification must have on_failure true.")
        }
        return result
    }
}

extension ConfigurationRecord {
    /// The configuration as a `createConfiguration` body, which `updateConfiguration` patches and checks again.
    var inputDocument: JSONValue {
        .object([
            ("agent_id", .string(agentID)),
            ("name", .string(name)),
            ("enabled", .bool(enabled)),
            ("schedule", schedule.map { $0.document(start: nil) } ?? .null),
            ("retention", .object([("days", .int(retentionDays))])),
            ("inclusions", .array(inclusions.map(\.document))),
            ("exclusions", .array(exclusions.map(\.document))),
            ("notifications", .array(notifications)),
        ])
    }
}

extension ConfigurationSchedule {
    func document(start: String?) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = []
        if let start { members.append(("start", .string(start))) }
        members += [("recurrence", .array([.string(recurrence)])), ("time_zone", .string(timeZone))]
        return .object(members)
    }
}
