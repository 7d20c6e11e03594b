import CloudBackupAPI

/// What a job's document says of its progress: its state, what is done, and the totals where the
/// service gives them (a backup's `*_searched` counters, a restore's progress events).
struct JobFigures: Sendable, Equatable {
    var state: String
    var bytes: Int?
    var files: Int?
    var totalBytes: Int?
    var totalFiles: Int?

    init(state: String, bytes: Int? = nil, files: Int? = nil, totalBytes: Int? = nil, totalFiles: Int? = nil) {
        self.state = state
        self.bytes = bytes
        self.files = files
        self.totalBytes = totalBytes
        self.totalFiles = totalFiles
    }

    init(_ backup: Backup) {
        self.init(
            state: backup.state, bytes: backup.bytesBackedUp, files: backup.filesBackedUp,
            totalBytes: backup.bytesSearched.flatMap { $0 > 0 ? $0 : nil },
            totalFiles: backup.filesSearched.flatMap { $0 > 0 ? $0 : nil })
    }

    /// A restore's document has no totals: the newest progress event has them.
    init(_ restore: Restore, events: [Event]) {
        let total = events.last { $0.totalBytes != nil }?.totalBytes
        self.init(state: restore.state, bytes: restore.bytesRestored, files: restore.filesRestored, totalBytes: total)
    }

    /// A cleanup reports no progress, only its state.
    init(_ cleanup: Cleanup) {
        self.init(state: cleanup.state)
    }
}
