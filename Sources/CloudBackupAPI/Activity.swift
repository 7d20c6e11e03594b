/// One backup, restore or cleanup as the activity lists show it.
public struct Activity: Codable, Sendable, Equatable {
    /// The ID of the backup, restore or cleanup.
    public var id: String
    /// `backup`, `restore` or `cleanup`.
    public var type: String
    public var lastUpdatedTime: String?
    public var state: String?
    public var agent: ResourceRef?
    /// Absent for cleanups.
    public var configuration: ResourceRef?
    /// One link whose rel is the type, to the resource itself.
    public var links: [Link]?

    public init(id: String, type: String, state: String? = nil, lastUpdatedTime: String? = nil) {
        self.id = id
        self.type = type
        self.state = state
        self.lastUpdatedTime = lastUpdatedTime
    }

    enum CodingKeys: String, CodingKey {
        case id, type
        case lastUpdatedTime = "last_updated_time"
        case state, agent, configuration, links
    }

    /// The documented activity types.
    public enum Kind: String, Sendable, CaseIterable {
        case backup, restore, cleanup
    }
}

/// The `{"activities": [...], "links": [...]}` page of the activity lists.
public struct ActivityList: Codable, Sendable, Equatable {
    public var activities: [Activity]
    public var links: [Link]?

    public init(activities: [Activity], links: [Link]? = nil) {
        self.activities = activities
        self.links = links
    }
}
