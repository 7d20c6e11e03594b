import CloudBackupAPI

/// What `cd`, `ls`, `find`, `mark` and `estimate` work on: an agent's own files, or the snapshot a
/// backup made of them (listed by the backup's agent through backup browse requests).
enum FileTree: Sendable, Hashable {
    case live(AgentRef)
    case backup(BackupInUse)

    /// The agent that lists the tree's directories.
    var agent: AgentRef {
        switch self {
        case .live(let agent): agent
        case .backup(let backup): backup.agent
        }
    }

    /// The key of its listings in the browse cache and of its marks and current directory.
    var cacheKey: String {
        switch self {
        case .live(let agent): agent.id
        case .backup(let backup): Shell.backupCacheKey(backup.id)
        }
    }

    /// How the prompt and messages name it: `web01`, or `web01@2e93ba79` for a backup.
    var label: String {
        switch self {
        case .live(let agent): agent.name
        case .backup(let backup): "\(backup.agent.name)@\(backup.id.prefix(8))"
        }
    }
}

/// The backup whose snapshot is the current tree.
struct BackupInUse: Sendable, Hashable {
    let id: String
    let agent: AgentRef
    /// When it ended, as the service wrote it, for messages.
    let ended: String?
}

extension AgentRef: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
