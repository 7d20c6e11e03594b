import CloudBackupAPI

extension CloudBackupClient {
    /// Asks an agent to list a directory of its host (`createAgentBrowseRequest`). Returns the request ID, which the
    /// service gives only in `Location`.
    public func requestBrowse(agentID: String, path: RemoteName) async throws -> String {
        let body = try JSONCoding.encode(BrowseRequestBody(path: path))
        let response = try await send(.createAgentBrowseRequest, [.agentID: agentID], body: body)
        guard let id = response.locationID else {
            throw APIError(
                kind: .decoding, operation: APIOperation.createAgentBrowseRequest.label([.agentID: agentID]),
                status: response.status, message: "the answer has no Location header with the request ID")
        }
        return id
    }

    /// The result of a browse request (`getAgentBrowseRequest`), or nil while the agent has not answered: the service
    /// answers 404 until then. Only meaningful for a request this client made.
    public func browseResult(agentID: String, requestID: String) async throws -> BrowseResult? {
        let arguments: PathArguments = [.agentID: agentID, .requestID: requestID]
        let response = try await send(.getAgentBrowseRequest, arguments, accepting: [404])
        if response.status == 404 { return nil }
        if let result = BrowseResultDecoder.decode(response.body) { return result }
        return try JSONCoding.decode(
            BrowseResult.self, from: response.body,
            operation: APIOperation.getAgentBrowseRequest.label(arguments))
    }
}
