/// Which tree the session works on beyond the current agent, and what is marked in each tree.
struct TreeState: Sendable {
    /// The backup `use backup` chose; nil for the agent's own files (`use live`).
    var backupInUse: BackupInUse?
    var marks = MarkTable()
}
