import CloudBackupAPI
import Hummingbird

/// Cleanups: `startCleanup` and, through `JobController`, the rest.
enum CleanupController {
    static let handlers: [APIOperation: OperationHandler] = JobController.handlers(
        .cleanup, list: .listCleanups, get: .getCleanup, update: .updateCleanup, errors: .listCleanupErrors
    ).merging([.startCleanup: start]) { first, _ in first }

    @Sendable static func start(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let agentID = body["agent_id"]?.stringValue, !agentID.isEmpty else {
            throw ServiceError.invalid("agent_id is required.")
        }
        let state = try JobController.startState(body, request)
        let job = try await request.store.startCleanup(agentID: agentID, state: state)
        return try JobController.created(job, request)
    }
}
