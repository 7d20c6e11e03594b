import CloudBackupAPI
import Foundation

/// Choosing the backup whose snapshot becomes the current tree: by ID, prefix or `last`, or the
/// newest one of the current agent that ended before a point in time.
extension Shell {
    static let restorableStates: Set<String> = ["completed", "completed_with_errors"]

    /// The backup `query` designates, ready to browse: it must have a snapshot.
    func backupInUse(_ query: String) async throws -> BackupInUse {
        let id = try await resolveBackupID(query)
        let backup = try await client().backup(id: id)
        return try await inUse(backup)
    }

    /// The newest restorable backup of `agent` that ended before `time`.
    func backupInUse(asOf time: Date, agent: AgentRef, written: String) async throws -> BackupInUse {
        let backups = try await restorableBackups(of: agent)
        let ended = backups.compactMap { backup in backup.endedTime.flatMap(PointInTime.parseServiceTime).map { (backup, $0) } }
        guard let chosen = ended.filter({ $0.1 < time }).max(by: { $0.1 < $1.1 }) else {
            let first = ended.min(by: { $0.1 < $1.1 }).map { " (the first ended \($0.0.endedTime ?? "?"))" } ?? ""
            throw ShellError.failure(
                "no completed backup of \(agent.name) ended before \(written)\(first)",
                hint: "'versions PATH' and 'backups' show the backups there are")
        }
        return try await inUse(chosen.0)
    }

    /// The agent's backups that can be browsed and restored, newest first: those of each of its
    /// configurations (the service filters by configuration only together with `restorable`).
    func restorableBackups(of agent: AgentRef) async throws -> [Backup] {
        let client = try await client()
        var backups: [Backup] = []
        for configuration in try await client.agentConfigurations(agentID: agent.id) {
            backups += try await client.backups(restorable: true, configurationID: configuration.id, options: .init()).collect()
        }
        return backups.filter { Self.restorableStates.contains($0.state) && $0.restorable != false }
            .sorted { ($0.endedTime ?? "") > ($1.endedTime ?? "") }
    }

    private func inUse(_ backup: Backup) async throws -> BackupInUse {
        let short = backup.id.prefix(8)
        guard Self.restorableStates.contains(backup.state), backup.restorable != false else {
            throw ShellError.failure(
                "backup \(short) has no snapshot to browse: it is \(backup.state)",
                hint: "'versions PATH' lists the backups that hold a path")
        }
        guard let agentID = backup.agent?.id else {
            throw ShellError.failure("backup \(short) names no agent")
        }
        let agent = try await resolveAgent(agentID)
        return BackupInUse(id: backup.id, agent: AgentRef(agent), ended: backup.endedTime)
    }
}
