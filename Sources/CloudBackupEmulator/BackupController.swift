import CloudBackupAPI
import Hummingbird

/// Backups: `startBackup` and, through `JobController`, the rest.
enum BackupController {
    static let handlers: [APIOperation: OperationHandler] = JobController.handlers(
        .backup, list: .listBackups, get: .getBackup, update: .updateBackup, errors: .listBackupErrors
    ).merging([.startBackup: start]) { first, _ in first }

    @Sendable static func start(_ request: APIRequest) async throws -> Response {
        let body = try request.jsonObject()
        guard let configurationID = body["configuration_id"]?.stringValue, !configurationID.isEmpty else {
            throw ServiceError.invalid("configuration_id is required.")
        }
        let state = try JobController.startState(body, request)
        let job = try await request.store.startBackup(configurationID: configurationID, state: state)
        return try JobController.created(job, request)
    }
}
