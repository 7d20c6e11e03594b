import BshValues
import CloudBackupAPI

/// Tables of configurations, backups, restores and cleanups.
extension Renderer {
    func configurations(_ configurations: [ConfigurationSummary]) {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("NAME"), .init("AGENT", kind: .id), .init("ENABLED", kind: .word), .init("SCHEDULE"),
            .init("RETENTION", .right, kind: .word),
        ])
        for config in configurations {
            table.add([
                config.id, config.name, config.agent?.id ?? "-", config.enabled ? "yes" : "no",
                Self.schedule(config.schedule), config.retention?.days.intValue.map { "\($0)d" } ?? "-",
            ])
        }
        write(table)
    }

    func configuration(_ config: Configuration) {
        var lines: [(String, String)] = [("name", config.name), ("id", config.id), ("enabled", config.enabled ? "yes" : "no")]
        if let agent = config.agent { lines.append(("agent", agent.id)) }
        lines.append(("schedule", Self.schedule(config.schedule)))
        if let days = config.retention?.days.intValue { lines.append(("retention", "\(days) days")) }
        let inclusions = config.inclusions?.map(\.path).joined(separator: ", ") ?? ""
        if !inclusions.isEmpty { lines.append(("includes", inclusions)) }
        let exclusions = config.exclusions?.map(\.path).joined(separator: ", ") ?? ""
        if !exclusions.isEmpty { lines.append(("excludes", exclusions)) }
        if let last = config.backups?.lastCompleted { lines.append(("last backup", last.id)) }
        if let next = config.nextScheduledTime { lines.append(("next run", next)) }
        fields(lines)
    }

    func backups(_ backups: [Backup]) {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("CONFIG", kind: .id), .init("STATE", kind: .word),
            .init("STARTED", kind: .time, showsAge: true), .init("ENDED", kind: .time, dropRank: 0), .init("BYTES", .right, kind: .size),
            .init("ERRORS", .right, kind: .word),
        ])
        for backup in backups {
            table.add([
                backup.id, backup.configuration?.id ?? "-", backup.state, backup.startedTime ?? "-",
                backup.endedTime ?? "-", backup.bytesBackedUp.map(String.init) ?? "-", String(backup.errors?.count ?? 0),
            ])
        }
        write(table)
    }

    func restores(_ restores: [Restore]) {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("BACKUP", kind: .id), .init("AGENT", kind: .id), .init("PATH"), .init("STATE", kind: .word),
            .init("ENDED", kind: .time, showsAge: true), .init("ERRORS", .right, kind: .word),
        ])
        for restore in restores {
            table.add([
                restore.id, restore.backup?.id ?? "-",
                restore.destinationAgent?.id ?? "-", restore.destinationPath ?? "-", restore.state,
                restore.endedTime ?? "-", String(restore.errors?.count ?? 0),
            ])
        }
        write(table)
    }

    func cleanups(_ cleanups: [Cleanup]) {
        var table = Table(columns: [
            .init("ID", kind: .id), .init("AGENT", kind: .id), .init("STATE", kind: .word),
            .init("STARTED", kind: .time, showsAge: true), .init("ENDED", kind: .time, dropRank: 0), .init("FREED", .right, kind: .size),
        ])
        for cleanup in cleanups {
            let freed = cleanup.bytesBefore.flatMap { before in cleanup.bytesAfter.map { String(before - $0) } } ?? "-"
            table.add([
                cleanup.id, cleanup.agent?.id ?? "-", cleanup.state, cleanup.startedTime ?? "-",
                cleanup.endedTime ?? "-", freed,
            ])
        }
        write(table)
    }

    func errorReport(_ report: ErrorReport) {
        var table = Table(columns: [.init("#", .right, kind: .word), .init("PATH"), .init("TYPE", kind: .word), .init("DESCRIPTION")])
        for item in report.list {
            table.add([String(item.index), item.path, item.type, item.description ?? item.exception?.description ?? "-"])
        }
        write(table)
    }

    /// Name–value lines, the names aligned.
    func fields(_ lines: [(String, String)]) {
        if format == .csv {
            var table = Table(columns: lines.map { .init($0.0) })
            table.add(lines.map(\.1))
            return write(table)
        }
        let width = lines.map(\.0.count).max() ?? 0
        host.writeOutput(lines.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 + "\n" }.joined())
    }

    static func schedule(_ schedule: Schedule?) -> String {
        guard let schedule else { return "manual" }
        return schedule.recurrence.first.map { $0.replacingOccurrences(of: "RRULE:", with: "") } ?? "manual"
    }
}
