import CloudBackupAPI

/// Finding the log file a request made when its answer was lost: the agent's log files are noted
/// before it is sent, and afterwards a new one is it.
extension CloudBackupClient {
    func logFileRecovery(agentID: String) async throws -> CreationRecovery<LogFile> {
        let before = Set(try await listLogFiles(agentID: agentID).map(\.id))
        return CreationRecovery(
            thing: "log file of agent \(agentID)",
            place: "the log files of agent \(agentID) (GET /agents/\(agentID)/logfiles)"
        ) {
            try await self.listLogFiles(agentID: agentID).filter { !before.contains($0.id) }
        }
    }
}
