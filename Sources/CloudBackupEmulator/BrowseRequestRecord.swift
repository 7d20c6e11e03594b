import CloudBackupAPI

/// A browse request (`createAgentBrowseRequest`) and, once the agent answered, its result (`getAgentBrowseRequest`).
struct BrowseRequestRecord: Sendable {
    typealias Instant = ContinuousClock.Instant

    let id: String
    let agentID: String
    let path: RemoteName
    let createdAt: Instant
    /// Set for a backup browse request (`createBackupBrowseRequest`): the agent lists the backup's snapshot, not its
    /// host.
    var backupID: String?
    /// The poll at which the agent took the request.
    var pickedUpAt: Instant?
    /// Set when the agent's answer arrives; served until `expiresAt`.
    var result: BrowseResult?
    var answeredAt: Instant?

    init(id: String, agentID: String, path: RemoteName, createdAt: Instant) {
        self.id = id
        self.agentID = agentID
        self.path = path
        self.createdAt = createdAt
    }
}
