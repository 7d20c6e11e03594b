import CloudBackupAPI

/// Browse results as they arrived, per agent and path. The service keeps a result for only about
/// a minute, so the shell keeps its own copy for listing and completion.
public struct BrowseCache: Sendable {
    private var results: [String: [RemoteName: BrowseResult]] = [:]

    public init() {}

    /// Keeps a result, replacing any earlier one for the same agent and path.
    public mutating func store(_ result: BrowseResult, agentID: String) {
        results[agentID, default: [:]][Self.normalized(result.remotePath)] = result
    }

    /// The last result for a path of an agent, if one arrived.
    public func result(agentID: String, path: RemoteName) -> BrowseResult? {
        results[agentID]?[Self.normalized(path)]
    }

    /// Every path of an agent that has a result.
    public func paths(agentID: String) -> [RemoteName] {
        results[agentID].map { Array($0.keys).sorted() } ?? []
    }

    /// The path without a trailing slash (except the root), so `/etc` and `/etc/` are one entry.
    static func normalized(_ path: RemoteName) -> RemoteName {
        var bytes = path.bytes
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        return RemoteName(bytes: bytes.isEmpty ? Array("/".utf8) : bytes)
    }
}
