/// The body of a browse request for an agent's host (`createAgentBrowseRequest`). `path_encoded` carries base64 of the
/// path bytes; it is always sent, so that a path that is not UTF-8 reaches the agent intact.
public struct BrowseRequestBody: Codable, Sendable, Equatable {
    public var path: String
    public var pathEncoded: String?

    public init(path: String, pathEncoded: String?) {
        self.path = path
        self.pathEncoded = pathEncoded
    }

    /// The body for a path given as raw bytes.
    public init(path: RemoteName) {
        self.init(path: path.lossy, pathEncoded: path.base64)
    }

    /// The path the body names, preferring the decoded `path_encoded`.
    public var remotePath: RemoteName {
        RemoteName(plain: path, encoded: pathEncoded)
    }

    enum CodingKeys: String, CodingKey {
        case path
        case pathEncoded = "path_encoded"
    }
}

/// The result of a browse request (`getAgentBrowseRequest` `host_browsed`, `getBackupBrowseRequest` `backup_browsed`).
public struct BrowseResult: Codable, Sendable, Equatable {
    /// The event ID (a numeric string).
    public var id: String
    public var time: String?
    public var event: String
    public var agent: ResourceRef?
    public var requestID: String
    public var succeeded: Bool
    public var path: String
    public var pathEncoded: String?
    public var items: BrowseItems

    public init(
        id: String, time: String?, event: String, agent: ResourceRef?, requestID: String, succeeded: Bool,
        path: String, pathEncoded: String?, items: [BrowseItem]
    ) {
        self.init(
            id: id, time: time, event: event, agent: agent, requestID: requestID, succeeded: succeeded,
            path: path, pathEncoded: pathEncoded, items: BrowseItems(items))
    }

    public init(
        id: String, time: String?, event: String, agent: ResourceRef?, requestID: String, succeeded: Bool,
        path: String, pathEncoded: String?, items: BrowseItems
    ) {
        self.id = id
        self.time = time
        self.event = event
        self.agent = agent
        self.requestID = requestID
        self.succeeded = succeeded
        self.path = path
        self.pathEncoded = pathEncoded
        self.items = items
    }

    /// The browsed path as raw bytes.
    public var remotePath: RemoteName {
        RemoteName(plain: path, encoded: pathEncoded)
    }

    enum CodingKeys: String, CodingKey {
        case id, time, event, agent
        case requestID = "request_id"
        case succeeded, path
        case pathEncoded = "path_encoded"
        case items
    }
}

/// One entry of a browse result.
public struct BrowseItem: Codable, Sendable, Equatable {
    public var name: String
    public var nameEncoded: String?
    public var bytes: Int
    public var mimeType: String?

    public init(name: String, nameEncoded: String?, bytes: Int, mimeType: String?) {
        self.name = name
        self.nameEncoded = nameEncoded
        self.bytes = bytes
        self.mimeType = mimeType
    }

    /// The item's name as raw bytes.
    public var remoteName: RemoteName {
        RemoteName(plain: name, encoded: nameEncoded)
    }

    /// True for a directory (`inode/directory`, as agents report it).
    public var isDirectory: Bool {
        mimeType == MimeType.directory
    }

    enum CodingKeys: String, CodingKey {
        case name
        case nameEncoded = "name_encoded"
        case bytes
        case mimeType = "mime_type"
    }
}

/// The MIME types agents report for browse items that are not regular files.
public enum MimeType {
    public static let directory = "inode/directory"
    public static let symlink = "application/x-symlink-file"
}
