/// A cleanup (vault validation and garbage collection) of an agent's vault (`startCleanup` response, `listCleanups`
/// items, `getCleanup`).
public struct Cleanup: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    public var agent: ResourceRef?
    public var state: String
    public var startedTime: String?
    public var endedTime: String?
    public var snapshotIDs: [Int]?
    public var errors: ErrorSummary?
    public var bytesBefore: Int?
    public var bytesAfter: Int?
    public var links: [Link]?

    public init(id: String, state: String, agent: ResourceRef? = nil) {
        self.id = id
        self.state = state
        self.agent = agent
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, agent, state
        case startedTime = "started_time"
        case endedTime = "ended_time"
        case snapshotIDs = "snapshot_ids"
        case errors
        case bytesBefore = "bytes_before"
        case bytesAfter = "bytes_after"
        case links
    }

    /// The documented states (cleanups have no `preparing`).
    public enum State: String, Sendable, CaseIterable {
        case startRequested = "start_requested", startScheduled = "start_scheduled"
        case queued, inProgress = "in_progress", stopRequested = "stop_requested"
        case completed, completedWithErrors = "completed_with_errors", failed, stopped
    }
}

/// The `{"cleanups": [...], "links": [...]}` page of `listCleanups`.
public struct CleanupList: Codable, Sendable, Equatable {
    public var cleanups: [Cleanup]
    public var links: [Link]?

    public init(cleanups: [Cleanup], links: [Link]? = nil) {
        self.cleanups = cleanups
        self.links = links
    }
}

/// The body of `startCleanup`. `start_scheduled` is for agents, which send `X-Agent-Id`.
public struct StartCleanupRequest: Codable, Sendable, Equatable {
    public var agentID: String
    public var state: String

    public init(agentID: String, state: StartState = .startRequested) {
        self.agentID = agentID
        self.state = state.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case agentID = "agent_id"
        case state
    }
}
