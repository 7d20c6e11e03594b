import CloudBackupAPI
import Foundation

/// What a backup's snapshot holds.
extension Store {
    /// The files of a finished backup, as its snapshot holds them. A backup that ran here keeps the
    /// files it found; a seeded one holds the host as it was on the night it ran, worked out the
    /// first time it is needed and kept.
    func snapshotTree(backupID: String) -> FileNode? {
        guard let backup = jobs[backupID], backup.snapshot.id != nil else { return nil }
        if let files = backup.snapshot.files { return files }
        guard let agent = agents[backup.links.agentID] else { return nil }
        let started = backup.times.startedTime.flatMap(Timestamp.date(from:)) ?? clock.originDate
        let days = max(0, Int((clock.originDate.timeIntervalSince(started) / 86_400).rounded(.up)))
        let files = backup.files.selection.filter(agent.files.aged(days: days, seed: agent.id))
        jobs[backupID]?.snapshot.files = files
        return files
    }
}
