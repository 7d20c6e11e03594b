import CloudBackupAPI
import Foundation
import Hummingbird

/// Agents beyond reading: `registerAgent`, `updateAgent`, `deleteAgent`, `getAgentStatus`,
/// `getAgentConfiguration` (the settings it runs on) and `authenticateAgent` (an agent logs in).
enum AgentAdminController {
    static let handlers: [APIOperation: OperationHandler] = [
        .registerAgent: register,
        .updateAgent: update,
        .deleteAgent: delete,
        .getAgentStatus: status,
        .getAgentConfiguration: configuration,
        .authenticateAgent: authenticate,
    ]

    /// 201, `Location`, and the agent with its `password` (shown only here).
    @Sendable static func register(_ request: APIRequest) async throws -> Response {
        let input = try AgentRegistrationInput.parse(try request.jsonObject())
        let agent = await request.store.registerAgent(input)
        var document = agent.document(urls: request.urls)
        document.password = Secret(agent.password)
        return try JSONResponse.make(document, status: .created, headers: [.location: request.urls.agent(agent.id)])
    }

    @Sendable static func update(_ request: APIRequest) async throws -> Response {
        let operations = try PatchEntry.parse(request)
        try await request.store.updateAgent(id: request.parameter(.agentID), operations: operations)
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func delete(_ request: APIRequest) async throws -> Response {
        try await request.store.deleteAgent(id: request.parameter(.agentID))
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func status(_ request: APIRequest) async throws -> Response {
        guard let status = await request.store.status(agentID: request.parameter(.agentID)) else {
            throw ServiceError.agentNotFound
        }
        return try JSONResponse.make(
            JSONValue.object([("busy", .bool(status.busy)), ("online", .bool(status.online))]))
    }

    @Sendable static func configuration(_ request: APIRequest) async throws -> Response {
        let store = request.store
        let agentID = request.parameter(.agentID)
        guard let agent = await store.agent(id: agentID) else { throw ServiceError.agentNotFound }
        let configurations = await store.configurationList(agentID: agentID)
        return try JSONResponse.make(
            AgentConfigurationDocument.make(agent, configurations: configurations, now: Date(), urls: request.urls))
    }

    @Sendable static func authenticate(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let id = body["id"]?.stringValue, let password = body["password"]?.stringValue,
            let fingerprint = body["host"]?["fingerprint"]?.stringValue
        else { throw ServiceError.invalid("id, password and host.fingerprint are required.") }
        if let project = body["project_id"]?.stringValue, project != EmulatorConfiguration.projectID {
            throw ServiceError(.forbidden, "The agent does not belong to project \(project).")
        }
        let token = try await request.store.authenticateAgent(id: id, password: password, fingerprint: fingerprint)
        return try JSONResponse.make(
            JSONValue.object([
                (
                    "token",
                    .object([
                        ("id", .string(token.id)), ("expires", .string(Timestamp.milliseconds(token.expires))),
                    ])
                )
            ]))
    }
}
