import CloudBackupAPI
import Foundation

/// Browse requests for an agent's host (BR1, BR2; §4.6).
extension Store {
    /// Files a browse request and returns its ID, or nil when there is no such agent.
    func createBrowseRequest(agentID: String, path: RemoteName) -> String? {
        let now = advance()
        guard agents[agentID] != nil else { return nil }
        let id = UUID().uuidString.lowercased()
        browseRequests[id] = BrowseRequestRecord(id: id, agentID: agentID, path: path, createdAt: now)
        var fields: [(String, JSONValue)] = [("request_id", .string(id)), ("path", .string(path.lossy))]
        if let encoded = path.encodedIfNeeded { fields.append(("path_encoded", .string(encoded))) }
        recordEvent("host_browse", at: now, agentID: agentID, fields: fields)
        return id
    }

    /// The agent's answer, or nil until it answered and again once the result expired.
    func browseResult(agentID: String, requestID: String) -> BrowseResult? {
        advance()
        guard let record = browseRequests[requestID], record.agentID == agentID else { return nil }
        return record.result
    }

    /// The agent lists the directory: a missing path or a file fails without items.
    func answerBrowseRequest(_ id: String, at instant: Instant) {
        guard let record = browseRequests[id], let agent = agents[record.agentID] else { return }
        let children = agent.files.node(at: record.path)?.children
        let result = BrowseResult(
            id: String(takeEventID()),
            time: Timestamp.microseconds(clock.date(at: instant)),
            event: "host_browsed",
            agent: ResourceRef(id: record.agentID),
            requestID: id,
            succeeded: children != nil,
            path: record.path.lossy,
            pathEncoded: record.path.encodedIfNeeded,
            items: children?.map(\.browseItem) ?? []
        )
        browseRequests[id]?.result = result
        browseRequests[id]?.answeredAt = instant
    }
}
