import CloudBackupAPI
import Hummingbird

/// Agents: `listAgents` and `getAgent`.
enum AgentController {
    static let handlers: [APIOperation: OperationHandler] = [
        .listAgents: list,
        .getAgent: get,
    ]

    @Sendable static func list(_ request: APIRequest) async throws -> Response {
        let hostMachineID = request.query["host_machine_id"]
        return try UnpagedList.response(
            encoded: try await request.store.encodedAgents(hostMachineID: hostMachineID),
            url: request.urls.endpoint + "/agents", carried: hostMachineID.map { [("host_machine_id", $0)] } ?? [],
            request)
    }

    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        guard let agent = try await request.store.encodedAgent(id: request.parameter(.agentID)) else {
            throw ServiceError.agentNotFound
        }
        return JSONResponse.make(json: agent)
    }
}
