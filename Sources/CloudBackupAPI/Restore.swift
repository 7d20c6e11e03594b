/// A restore of a backup onto an agent (`startRestore` response, `getRestore`). In the list of `listRestores` the
/// items lack `inclusions` and `exclusions`; the same type decodes both.
public struct Restore: Codable, Sendable, Equatable {
    public var projectID: String?
    public var id: String
    public var backup: ResourceRef?
    public var destinationAgent: ResourceRef?
    /// Nil means the files' original locations.
    public var destinationPath: String?
    public var overwriteFiles: Bool?
    public var inclusions: [PathRule]?
    public var exclusions: [PathRule]?
    public var state: String
    public var startedTime: String?
    public var endedTime: String?
    public var errors: ErrorSummary?
    public var filesRestored: Int?
    public var bytesRestored: Int?
    public var links: [Link]?

    public init(id: String, state: String, backup: ResourceRef? = nil, destinationAgent: ResourceRef? = nil) {
        self.id = id
        self.state = state
        self.backup = backup
        self.destinationAgent = destinationAgent
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, backup
        case destinationAgent = "destination_agent"
        case destinationPath = "destination_path"
        case overwriteFiles = "overwrite_files"
        case inclusions, exclusions, state
        case startedTime = "started_time"
        case endedTime = "ended_time"
        case errors
        case filesRestored = "files_restored"
        case bytesRestored = "bytes_restored"
        case links
    }

    /// The documented states, `start_requested` and `stop_requested` included.
    public enum State: String, Sendable, CaseIterable {
        case startRequested = "start_requested", queued, preparing, inProgress = "in_progress"
        case stopRequested = "stop_requested"
        case completed, completedWithErrors = "completed_with_errors", failed, stopped
    }
}

/// A list item of `listRestores`: a restore without its inclusions and exclusions.
public typealias RestoreSummary = Restore

/// The `{"restores": [...], "links": [...]}` page of `listRestores`.
public struct RestoreList: Codable, Sendable, Equatable {
    public var restores: [RestoreSummary]
    public var links: [Link]?

    public init(restores: [RestoreSummary], links: [Link]? = nil) {
        self.restores = restores
        self.links = links
    }
}
