import CloudBackupAPI

/// `browse --backup ID [PATH]`: listing a directory inside a backup. The backup's agent answers;
/// results share the browse cache and `wait` with agent browsing.
extension Shell {
    func browseBackup(_ arguments: inout Arguments) async throws -> CommandResult {
        let usage = "browse --backup ID [PATH]"
        let query = try arguments.required("backup ID", usage: usage)
        let path = RemoteName(escaped: arguments.next() ?? "/")
        try arguments.finish(usage: usage)
        let backupID = try await resolveBackupID(query)
        let client = try await client()
        let backup = try await client.backup(id: backupID)
        guard let agentID = backup.agent?.id ?? workspace.currentAgent?.id else {
            throw ShellError.failure("backup \(backupID.prefix(8)) names no agent", hint: "select the agent first with 'agent ID'")
        }
        let warnings = await wakeAgents(client)
        let requestID = try await client.requestBackupBrowse(backupID: backupID, agentID: agentID, path: path)
        return CommandResult.none.noting(warnings)
            .noting("backup \(backupID.prefix(8)): browse \(path.escaped) requested (\(requestID.prefix(8))); 'wait' for the answer")
            .starting(.backupBrowse(backupID: backupID, requestID: requestID, path: path))
    }
}
