import CloudBackupAPI
import Foundation

/// `getAgentConfiguration`: the settings document an agent runs on, built from its vault and its configurations.
enum AgentConfigurationDocument {
    static func make(_ agent: SimulatedAgent, configurations: [ConfigurationRecord], now: Date, urls: ServiceURLs)
        -> JSONValue
    {
        let vaultID = agent.agent.vault?.id ?? ""
        let container = urls.objectStore + "/" + (agent.agent.vault?.name ?? "")
        let vault: JSONValue = .object([
            ("id", .string(vaultID)),
            ("use_internal", .bool(agent.agent.vault?.useInternal ?? true)),
            ("encrypted", .bool(agent.agent.vault?.encrypted ?? false)),
            ("links", .links([("publicURL", container), ("internalURL", container), ("data_services", urls.base)])),
        ])
        let items = configurations.map { record -> JSONValue in
            .object([
                ("id", .string(record.id)), ("name", .string(record.name)), ("enabled", .bool(record.enabled)),
                ("vault_id", .string(vaultID)),
                ("retention", .object([("days", .int(record.retentionDays))])),
                (
                    "times",
                    record.times(after: now).map { .array($0.map { .string(Timestamp.microseconds($0)) }) } ?? .null
                ),
                ("inclusions", .array(record.inclusions.map(\.document))),
                ("exclusions", .array(record.exclusions.map(\.document))),
            ])
        }
        return .object([
            (
                "system_preferences",
                systemPreferences(logLevel: agent.agent.logLevel ?? "info", agentID: agent.id, urls: urls)
            ),
            ("vaults", .array([vault])),
            ("configurations", .array(items)),
        ])
    }

    private static func systemPreferences(logLevel: String, agentID: String, urls: ServiceURLs) -> JSONValue {
        let poll = SimulatedTimings()
        func modes(_ idle: Int, _ active: Int, _ realTime: Int) -> JSONValue {
            .object([("idle", .int(idle)), ("active", .int(active)), ("real_time", .int(realTime))])
        }
        func ms(_ duration: Duration) -> Int { Int(duration / .milliseconds(1)) }
        let rse: JSONValue = .object([
            ("host", .string(urls.base)),
            ("channel", .string("/" + Data(("agent:" + agentID).utf8).base64EncodedString())),
            (
                "polling",
                .object([
                    ("interval_ms", modes(ms(poll.idlePoll), ms(poll.activePoll), ms(poll.realTimePoll))),
                    ("timeout_ms", modes(90_000, 60_000, 40_000)),
                ])
            ),
            (
                "heartbeat",
                .object([
                    ("interval_ms", modes(3_600_000, 1_000, 1_000)),
                    ("timeout_ms", modes(0, 75_000, 75_000)),
                ])
            ),
        ])
        return .object([
            (
                "environment",
                .object([
                    (
                        "minimum_disk_space_mb",
                        .object([
                            ("backup", .int(100)), ("restore", .int(100)), ("cleanup", .int(100)),
                        ])
                    )
                ])
            ),
            ("logging", .object([("level", .string(logLevel))])),
            ("events", .object([("rse", rse)])),
            ("backup_controls", .object([("disable_vss", .int(0))])),
        ])
    }
}
