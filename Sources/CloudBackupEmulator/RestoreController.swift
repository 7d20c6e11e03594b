import CloudBackupAPI
import Hummingbird

/// Restores: `startRestore` and, through `JobController`, the rest.
enum RestoreController {
    static let handlers: [APIOperation: OperationHandler] = JobController.handlers(
        .restore, list: .listRestores, get: .getRestore, update: .updateRestore, errors: .listRestoreErrors
    ).merging([.startRestore: start]) { first, _ in first }

    @Sendable static func start(_ request: APIRequest) async throws -> Response {
        let input = try RestoreInput.parse(try request.jsonObject())
        let job = try await request.store.startRestore(input)
        return try JobController.created(job, request)
    }
}

/// A `startRestore` body: what to restore from which backup, to which agent and where.
struct RestoreInput: Sendable {
    var backupID: String
    var destinationAgentID: String
    /// nil restores to the original locations (same agent only).
    var destinationPath: String?
    var overwriteFiles: Bool
    var inclusions: [InclusionRule]
    var exclusions: [InclusionRule]

    static func parse(_ body: JSONValue) throws -> RestoreInput {
        var errors: [String] = []
        let backupID = body["backup_id"]?.stringValue ?? ""
        if backupID.isEmpty { errors.append("backup_id is required.") }
        let agentID = body["destination_agent_id"]?.stringValue ?? ""
        if agentID.isEmpty { errors.append("destination_agent_id is required.") }
        let path = body["destination_path"]?.stringValue
        if let path, !path.hasPrefix("/") { errors.append("destination_path must be an absolute path or null.") }
        if body["destination_path"] == nil {
            errors.append("destination_path is required (null for the original locations).")
        }
        let overwrite = body["overwrite_files"]
        if let overwrite, overwrite.asBool == nil, !overwrite.isJSONNull {
            errors.append("overwrite_files must be a boolean.")
        }
        let inclusions = InclusionRule.parse(body["inclusions"], field: "inclusions", errors: &errors)
        let exclusions = InclusionRule.parse(body["exclusions"], field: "exclusions", errors: &errors)
        guard errors.isEmpty else { throw ServiceError.validation("Validation failed.", errors: errors) }
        return RestoreInput(
            backupID: backupID, destinationAgentID: agentID, destinationPath: path,
            overwriteFiles: overwrite?.asBool ?? false, inclusions: inclusions, exclusions: exclusions)
    }
}
