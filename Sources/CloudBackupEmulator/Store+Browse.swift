import CloudBackupAPI
import Foundation
import Hummingbird

/// Browse requests for an agent's host: 404 until the agent answers, then its result for about a
/// minute.
extension Store {
    /// Files a browse request and returns its ID, or nil when there is no such agent.
    func createBrowseRequest(agentID: String, path: RemoteName) -> String? {
        let now = advance()
        guard agents[agentID] != nil else { return nil }
        let id = UUID().uuidString.lowercased()
        requests.addBrowse(BrowseRequestRecord(id: id, agentID: agentID, path: path, createdAt: now))
        var fields: [(String, JSONValue)] = [("request_id", .string(id)), ("path", .string(path.lossy))]
        if let encoded = path.encodedIfNeeded { fields.append(("path_encoded", .string(encoded))) }
        recordEvent("host_browse", at: now, agentID: agentID, fields: fields)
        return id
    }

    /// The agent's answer, or nil until it answered and again once the result expired; 404 for an
    /// unknown agent.
    func browseAnswer(agentID: String, requestID: String) throws -> BrowseAnswer? {
        advance()
        guard agents[agentID] != nil else { throw ServiceError.agentNotFound }
        guard let record = requests.browse[requestID], record.agentID == agentID, record.backupID == nil else {
            return nil
        }
        return record.answer
    }

    /// Keeps a browse answer's JSON, encoded by the GET that served it first, for the next polls.
    func keepBrowseJSON(requestID: String, _ json: ByteBuffer) {
        requests.keepBrowseJSON(requestID, json)
    }

    /// `createBackupBrowseRequest`: an agent lists a directory of a backup's snapshot. Returns the request ID.
    func createBackupBrowseRequest(backupID: String, agentID: String, path: RemoteName, passwordHex: String?) throws
        -> String
    {
        let now = advance()
        guard let backup = jobs[backupID], backup.kind == .backup else {
            throw ServiceError.notFound("Backup not found.")
        }
        guard let snapshotID = backup.snapshot.id, backup.snapshot.restorable else {
            throw ServiceError.invalid("The backup has no snapshot to browse.")
        }
        guard let agent = agents[agentID] else { throw ServiceError.invalid("agent_id does not name an agent.") }
        let id = Self.newRequestID()
        var record = BrowseRequestRecord(id: id, agentID: agentID, path: path, createdAt: now)
        record.backupID = backupID
        requests.addBrowse(record)
        let vault = JSONValue.vault(id: backup.links.vaultID, encrypted: agent.agent.vault?.encrypted ?? false)
        var fields: [(String, JSONValue)] = [
            ("agent", .object([("id", .string(agentID)), ("vault", vault)])),
            ("configuration", .idOnly(backup.links.configurationID ?? "")),
            ("backup", .object([("snapshot_id", .int(snapshotID))])),
            ("request_id", .string(id)), ("path", .string(path.lossy)),
        ]
        if let encoded = path.encodedIfNeeded { fields.append(("path_encoded", .string(encoded))) }
        fields.append(("encrypted_password_hex", .optionalString(passwordHex)))
        recordEvent("backup_browse", at: now, agentID: nil, fields: fields, subjects: subjects(of: backup))
        return id
    }

    /// `getBackupBrowseRequest`: like `getAgentBrowseRequest`, for a backup; 404 for an unknown backup.
    func backupBrowseAnswer(backupID: String, requestID: String) throws -> BrowseAnswer? {
        advance()
        guard jobs[backupID]?.kind == .backup else { throw ServiceError.notFound("Backup not found.") }
        guard let record = requests.browse[requestID], record.backupID == backupID else { return nil }
        return record.answer
    }

    /// The agent lists the directory: a missing path or a file fails without items.
    func answerBrowseRequest(_ id: String, at instant: Instant) {
        guard let record = requests.browse[id], let agent = agents[record.agentID] else { return }
        let tree = record.backupID.map { snapshotTree(backupID: $0) } ?? agent.files
        let children = tree?.node(at: record.path)?.children
        let result = BrowseResult(
            id: String(takeEventID()),
            time: Timestamp.microseconds(clock.date(at: instant)),
            event: record.backupID == nil ? "host_browsed" : "backup_browsed",
            agent: ResourceRef(id: record.agentID),
            requestID: id,
            succeeded: children != nil,
            path: record.path.lossy,
            pathEncoded: record.path.encodedIfNeeded,
            items: children?.map(\.browseItem) ?? []
        )
        requests.answerBrowse(id, with: result, at: instant)
    }
}
