import CloudBackupAPI
import Hummingbird

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
    /// Set when the agent's answer arrives; served until it expires.
    var answer: BrowseAnswer?
    var answeredAt: Instant?

    init(id: String, agentID: String, path: RemoteName, createdAt: Instant) {
        self.id = id
        self.agentID = agentID
        self.path = path
        self.createdAt = createdAt
    }
}

/// A browse request's answer as its GET serves it: the result, and once a GET encoded it, that JSON
/// in its place. An answer never changes, and a large one is costly to encode again on every poll.
enum BrowseAnswer: Sendable {
    case result(BrowseResult)
    case json(ByteBuffer)
}
