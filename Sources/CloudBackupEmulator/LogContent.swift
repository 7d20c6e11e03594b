import Foundation

/// The text of an uploaded driveclient log: the hour before the upload was requested, the same for
/// the same agent and log file every time.
enum LogContent {
    static func text(agent: SimulatedAgent, logFileID: String, requestedAt: Date) -> String {
        var generator = SeededGenerator(seed: StableHash.fnv1a(agent.id + logFileID))
        let start = requestedAt.addingTimeInterval(-3_600)
        var lines: [String] = []
        func log(_ offset: TimeInterval, _ level: String, _ component: String, _ message: String) {
            let stamp = Timestamp.logLine(start.addingTimeInterval(offset))
            lines.append(
                "\(stamp) \(level + String(repeating: " ", count: max(0, 5 - level.count))) [\(component)] \(message)")
        }

        let document = agent.agent
        let os = document.host?.os.map { "\($0.name) \($0.version) \($0.architecture)" } ?? "unknown"
        log(
            0.012, "INFO", "main",
            "Rackspace Cloud Backup agent \(document.version ?? "") starting (pid \(1_000 + Int(generator.next() % 30_000)))"
        )
        log(0.031, "INFO", "main", "Host \(document.name), \(os); agent \(document.id)")
        log(0.140, "INFO", "config", "Loaded /etc/driveclient/bootstrap.json")
        log(0.388, "INFO", "auth", "Agent authenticated; token valid for 24 hours")
        log(0.604, "INFO", "rse", "Subscribed to events; mode idle, polling every 30000 ms")
        log(0.822, "INFO", "vault", "Vault \(document.vault?.name ?? "") in \(document.vault?.region ?? "") reachable")

        var offset: TimeInterval = 30
        while offset < 3_540 {
            switch generator.next() % 10 {
            case 0...4: log(offset, "DEBUG", "rse", "Poll: no pending events")
            case 5, 6: log(offset, "INFO", "heartbeat", "agent_heartbeat posted")
            case 7: log(offset, "INFO", "cache", "Cache drive: \(2_000 + Int(generator.next() % 18_000)) MB free")
            default:
                let line = roleLine(agent.role, &generator)
                log(offset, line.level, "backup", line.message)
            }
            offset += Double(30 + Int(generator.next() % 240)) + Double(generator.next() % 1_000) / 1_000
        }
        log(3_598.401, "INFO", "rse", "Event logfile_upload \(logFileID)")
        log(3_598.655, "INFO", "logs", "Compressing /var/log/driveclient/driveclient.log")
        log(3_599.020, "INFO", "logs", "Uploading to container CloudBackupLogs")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func roleLine(_ role: HostRole, _ generator: inout SeededGenerator) -> (
        level: String, message: String
    ) {
        let lines: [(String, String)] =
            switch role {
            case .web:
                [
                    ("INFO", "Configuration \"Website files\" (/var/www): next run at 02:00"),
                    ("INFO", "Configuration \"nginx config\" (/etc/nginx): 14 files unchanged"),
                    ("WARN", "File changed while reading: /var/log/nginx/access.log"),
                ]
            case .database:
                [
                    ("INFO", "Configuration \"MySQL dumps\" (/root/dumps): next run at 03:30"),
                    ("WARN", "Skipping open file /var/lib/mysql/ibdata1 (excluded by configuration)"),
                    ("INFO", "Deduplication index loaded: 48211 blocks"),
                ]
            case .mail:
                [
                    ("INFO", "Configuration \"Mailboxes\" (/var/mail): next run at 01:15"),
                    ("WARN", "Permission denied: /var/spool/postfix/private/anvil"),
                    ("INFO", "Configuration \"Postfix config\" (/etc/postfix): 4 files unchanged"),
                ]
            }
        return lines[Int(generator.next() % UInt64(lines.count))]
    }
}
