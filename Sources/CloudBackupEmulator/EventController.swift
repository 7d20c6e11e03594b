import CloudBackupAPI
import Hummingbird

/// Posted events: `postProjectEvent` (activate every agent) and `postAgentEvent` (an agent announces
/// itself with `startup` or `shutdown`; `agent_activate` is accepted too, for that one agent, as the
/// documentation speaks of activating a single agent).
enum EventController {
    static let handlers: [APIOperation: OperationHandler] = [
        .postProjectEvent: postProjectEvent,
        .postAgentEvent: postAgentEvent,
    ]

    private struct PostedEvent: Decodable {
        var event: String
        var mode: String?
    }

    @Sendable static func postProjectEvent(_ request: APIRequest) async throws -> Response {
        let posted = try request.decode(PostedEvent.self)
        guard posted.event == "agent_activate" else {
            throw ServiceError.validation("Validation failed.", errors: ["event must be agent_activate."])
        }
        _ = await request.store.activate(try mode(of: posted))
        return JSONResponse.empty(.accepted)
    }

    @Sendable static func postAgentEvent(_ request: APIRequest) async throws -> Response {
        let posted = try request.decode(PostedEvent.self)
        let agentID = request.parameter(.agentID)
        let store = request.store
        let known: Bool
        switch posted.event {
        case "startup": known = await store.agentStarted(id: agentID)
        case "shutdown": known = await store.agentStopped(id: agentID)
        case "agent_activate": known = await store.activate(try mode(of: posted), agentID: agentID)
        default:
            throw ServiceError.validation(
                "Validation failed.", errors: ["event must be one of startup, shutdown, agent_activate."])
        }
        guard known else { throw ServiceError.agentNotFound }
        return JSONResponse.empty(.accepted)
    }

    private static func mode(of posted: PostedEvent) throws -> AgentActivation.Mode {
        guard let raw = posted.mode, let mode = AgentActivation.Mode(rawValue: raw) else {
            throw ServiceError.validation(
                "Validation failed.", errors: ["mode must be one of idle, active, real_time."])
        }
        return mode
    }
}
