import CloudBackupAPI

extension CloudBackupClient {
    /// Asks an agent to list a directory inside a backup (`createBackupBrowseRequest`). Returns the request ID, which
    /// the service gives only in `Location`. Encrypted vaults need the agent-encrypted password.
    public func requestBackupBrowse(
        backupID: String, agentID: String, path: RemoteName, encryptedPasswordHex: String? = nil
    ) async throws -> String {
        let body = try JSONCoding.encode(
            BackupBrowseRequestBody(agentID: agentID, path: path, encryptedPasswordHex: encryptedPasswordHex))
        let response = try await send(.createBackupBrowseRequest, [.backupID: backupID], body: body)
        return try requireLocationID(response, operation: APIOperation.createBackupBrowseRequest.label([.backupID: backupID]))
    }

    /// The result of a backup browse request (`getBackupBrowseRequest`), or nil while the agent has not answered (404).
    public func backupBrowseResult(backupID: String, requestID: String) async throws -> BrowseResult? {
        let arguments: PathArguments = [.backupID: backupID, .requestID: requestID]
        let response = try await send(.getBackupBrowseRequest, arguments, accepting: [404])
        if response.status == 404 { return nil }
        if let result = BrowseResultDecoder.decode(response.body) { return result }
        return try JSONCoding.decode(
            BrowseResult.self, from: response.body, operation: APIOperation.getBackupBrowseRequest.label(arguments))
    }
}
