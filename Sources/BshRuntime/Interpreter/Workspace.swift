import CloudBackupAPI

/// What a session knows of the service on the script's behalf: the agent it works on, the request
/// `wait` waits for, what was browsed, listed and created. A value, like `Session`.
struct Workspace: Sendable {
    /// The agent commands act on.
    var currentAgent: AgentRef?
    /// The last asynchronous request started, which `wait` waits for.
    var pending: PendingRequest?
    /// Browse results kept as they arrive: the service forgets them after about a minute.
    var browseCache = BrowseCache()
    /// The project's agents, fetched once and refreshed when a lookup misses.
    var agents: [Agent]?
    /// The current directory in each tree (by its cache key), for `cd`, `ls` and `pwd`.
    var remoteDirectories: [String: RemoteName] = [:]
    /// The backup in use, if any, and the marks of each tree.
    var trees = TreeState()
    /// The ID of the last thing of each kind this session created, which `last` designates.
    var lastCreated: [CreatedKind: String] = [:]
    /// The log file IDs last listed or requested for each agent, for completion.
    var seenLogFileIDs: [String: [String]] = [:]
    /// The log file last requested from each agent, which `logs … last` designates.
    var lastLogFileID: [String: String] = [:]
    /// When agents were last switched to `real_time`.
    var lastActivation: ContinuousClock.Instant?

    /// What an iteration of a parallel loop starts from: everything known before the loop (the
    /// agents, the current agent, what was browsed and created, when agents were woken), so that it
    /// neither lists nor wakes again; but no pending request, since `wait` in an iteration waits for
    /// that iteration's own.
    func forIteration() -> Workspace {
        var copy = self
        copy.pending = nil
        return copy
    }
}

/// What `last` can designate: the kinds of things a session creates.
enum CreatedKind: String, Sendable {
    case configuration, backup, restore, cleanup
}
