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
        let agents = await request.store.agents(hostMachineID: hostMachineID)
        return try UnpagedList.response(
            "agents", agents.map { $0.document(urls: request.urls) }, ids: agents.map(\.id), url: request.urls.endpoint + "/agents",
            carried: hostMachineID.map { [("host_machine_id", $0)] } ?? [], request)
    }

    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        guard let agent = await request.store.agent(id: request.parameter(.agentID)) else {
            throw ServiceError.agentNotFound
        }
        return try JSONResponse.make(agent.document(urls: request.urls))
    }
}
