import BshValues

/// The report's records with their fields in a fixed order, for `--json` and for scripts.
struct ReportRecords: Encodable, Sendable, ValueConvertible {
    let records: [ReportRecord]

    func encode(to encoder: any Encoder) throws {
        try records.encode(to: encoder)
    }

    var value: Value { .list(records.map(\.value)) }

    /// The result of `report`: a table for people, one JSON line per record with `--json`.
    var result: CommandResult {
        let records = records
        return CommandResult(
            output: .document(Document(self, lines: { records.map { $0.value.jsonText() } }) { $0.report(records) }))
    }
}

extension ReportRecord {
    var value: Value {
        func optional<T>(_ value: T?, _ make: (T) -> Value) -> Value { value.map(make) ?? .null }
        return .record(
            Record([
                ("agent", .string(agent)), ("agent_id", .string(agentID)), ("configuration", .string(configuration)),
                ("configuration_id", .string(configurationID)), ("enabled", .bool(enabled)), ("flag", .string(flag.rawValue)),
                ("state", optional(state, Value.string)), ("backup_id", optional(backupID, Value.string)),
                ("ended_time", optional(endedTime, Value.string)), ("age_seconds", optional(ageSeconds, Value.int)),
                ("bytes", optional(bytes, Value.int)),
                (
                    "history",
                    .list(
                        history.map { day in
                            .record(
                                Record([
                                    ("day", .string(day.day)), ("state", optional(day.state?.rawValue, Value.string)),
                                    ("bytes", .int(day.bytes)),
                                ]))
                        })
                ),
            ]))
    }
}
