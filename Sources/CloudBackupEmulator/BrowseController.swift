import CloudBackupAPI
import Hummingbird

/// Browse requests for an agent's host (`createAgentBrowseRequest`, `getAgentBrowseRequest`) and
/// for a backup's files.
enum BrowseController {
    static let handlers: [APIOperation: OperationHandler] = [
        .createAgentBrowseRequest: create,
        .getAgentBrowseRequest: get,
        .createBackupBrowseRequest: createForBackup,
        .getBackupBrowseRequest: getForBackup,
    ]

    /// `createBackupBrowseRequest`: 202, no body; `Location` is the path of the result,
    /// `getBackupBrowseRequest` (the documentation's examples give a singular `browse-request` on
    /// the agent, which no operation serves).
    @Sendable static func createForBackup(_ request: APIRequest) async throws -> Response {
        let json = try request.jsonObject()
        guard let agentID = json["agent_id"]?.stringValue, !agentID.isEmpty else {
            throw ServiceError.invalid("agent_id is required.")
        }
        let body = try request.decode(BrowseRequestBody.self)
        let backupID = request.parameter(.backupID)
        let requestID = try await request.store.createBackupBrowseRequest(
            backupID: backupID, agentID: agentID, path: body.remotePath,
            passwordHex: json["encrypted_password_hex"]?.stringValue)
        let location = request.urls.endpoint + "/backups/" + backupID + "/browse-requests/" + requestID
        return JSONResponse.empty(.accepted, headers: [.location: location])
    }

    /// `getBackupBrowseRequest`: 404 until the agent answered and again once the result expired,
    /// about a minute later.
    @Sendable static func getForBackup(_ request: APIRequest) async throws -> Response {
        let requestID = request.parameter(.requestID)
        let answer = try await request.store.backupBrowseAnswer(backupID: request.parameter(.backupID), requestID: requestID)
        return try await respond(with: answer, requestID: requestID, request)
    }

    /// 202, no body; the request ID is only in `Location`, the path of the result
    /// (`getAgentBrowseRequest`; the documentation's examples spell it singular).
    @Sendable static func create(_ request: APIRequest) async throws -> Response {
        let body = try request.decode(BrowseRequestBody.self)
        let agentID = request.parameter(.agentID)
        guard let requestID = await request.store.createBrowseRequest(agentID: agentID, path: body.remotePath) else {
            throw ServiceError.agentNotFound
        }
        let location = request.urls.agent(agentID) + "/browse-requests/" + requestID
        return JSONResponse.empty(.accepted, headers: [.location: location])
    }

    /// 404 until the agent answered and again once the result expired, about a minute later.
    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        let requestID = request.parameter(.requestID)
        let answer = try await request.store.browseAnswer(agentID: request.parameter(.agentID), requestID: requestID)
        return try await respond(with: answer, requestID: requestID, request)
    }

    /// The answer's JSON: encoded by the first GET that serves it, and kept for the next.
    private static func respond(with answer: BrowseAnswer?, requestID: String, _ request: APIRequest) async throws
        -> Response
    {
        switch answer {
        case nil:
            throw ServiceError.notFound("Browse request results not found.")
        case .json(let json):
            return JSONResponse.make(json: json)
        case .result(let result):
            let json = try JSONResponse.encode(result)
            await request.store.keepBrowseJSON(requestID: requestID, json)
            return JSONResponse.make(json: json)
        }
    }
}
