import CloudBackupAPI
import Foundation

/// Log files (`requested`, then `started` and `completed` as the agent uploads) and the uploaded
/// objects in Cloud Files.
extension Store {
    /// How long a temporary download URL stays valid (a Cloud Files setting; not scaled).
    static let tempURLLifetime: TimeInterval = 86_400

    /// `requestLogFile`: nil when there is no such agent.
    func requestLogFile(agentID: String) -> LogFileRecord? {
        let now = advance()
        guard agents[agentID] != nil else { return nil }
        let record = LogFileRecord(
            id: UUID().uuidString.lowercased(), agentID: agentID, createdAt: now,
            date: Timestamp.microseconds(clock.date(at: now)))
        logFiles[record.id] = record
        let target = Link(href: record.objectURL(in: urls), rel: "logfile")
        recordEvent(
            "logfile_upload", at: now, agentID: agentID,
            fields: [("request_id", .string(record.id)), ("links", .array([linkValue(target)]))])
        return record
    }

    /// `listLogFiles`: nil when there is no such agent.
    func logFiles(agentID: String) -> [LogFileRecord]? {
        advance()
        guard agents[agentID] != nil else { return nil }
        return logFiles.ordered(ownedBy: agentID)
    }

    /// `getLogFile`.
    func logFile(agentID: String, id: String) -> LogFileRecord? {
        advance()
        guard let record = logFiles[id], record.agentID == agentID else { return nil }
        return record
    }

    /// `updateLogFile`: the agent reports a state; from then on the service leaves the state to the agent.
    func reportLogFileState(agentID: String, id: String, state: LogFile.State) -> Bool {
        let now = advance()
        guard let record = logFiles[id], record.agentID == agentID else { return false }
        logFiles[id]?.reportedByAgent = true
        if record.state != state { setLogFileState(id, to: state, at: now) }
        return true
    }

    /// `deleteLogFile`.
    func deleteLogFile(agentID: String, id: String) -> Bool {
        advance()
        guard let record = logFiles[id], record.agentID == agentID else { return false }
        logFiles[id] = nil
        return true
    }

    /// The completed log file stored under `objectName` in `CloudBackupLogs`, its agent, and when
    /// it was requested.
    func uploadedLogFile(objectName: String) -> (record: LogFileRecord, agent: SimulatedAgent, requestedAt: Date)? {
        advance()
        guard let record = logFiles.values.first(where: { $0.state == .completed && $0.objectName == objectName }),
            let agent = agents[record.agentID]
        else { return nil }
        return (record, agent, clock.date(at: record.createdAt))
    }

    /// The present as Unix seconds, for temporary URL expiry.
    func unixNow() -> Int {
        Int(clock.date(at: clock.now).timeIntervalSince1970)
    }

    func setLogFileState(_ id: String, to state: LogFile.State, at instant: Instant) {
        guard let record = logFiles[id] else { return }
        logFiles[id]?.state = state
        if state == .completed, record.tempURLSignature == nil {
            logFiles[id]?.tempURLSignature = Self.randomHex(byteCount: 20)
            logFiles[id]?.tempURLExpires = Int(clock.date(at: instant).timeIntervalSince1970 + Self.tempURLLifetime)
        }
        let name = state == .completed ? "logfile_completed" : state == .started ? "logfile_started" : nil
        if let name {
            recordEvent(name, at: instant, agentID: record.agentID, fields: [("request_id", .string(id))])
        }
    }

    private func linkValue(_ link: Link) -> JSONValue {
        .object([("href", .string(link.href)), ("rel", .string(link.rel))])
    }

    static func randomHex(byteCount: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<byteCount).map { _ in
            let byte = UInt8.random(in: .min ... .max, using: &generator)
            return (byte < 16 ? "0" : "") + String(byte, radix: 16)
        }.joined()
    }
}
