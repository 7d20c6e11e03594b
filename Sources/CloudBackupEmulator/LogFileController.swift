import CloudBackupAPI
import Hummingbird

/// Log files: `requestLogFile` (ask for an upload), `listLogFiles`, `getLogFile`, `updateLogFile`
/// (the agent reports) and `deleteLogFile`.
enum LogFileController {
    static let handlers: [APIOperation: OperationHandler] = [
        .requestLogFile: request,
        .listLogFiles: list,
        .getLogFile: get,
        .updateLogFile: update,
        .deleteLogFile: delete,
    ]

    static let logFileNotFound = ServiceError.notFound("Log file not found.")

    /// 202 with `Location` and the new log file (`requested`).
    @Sendable static func request(_ request: APIRequest) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard let record = await request.store.requestLogFile(agentID: agentID) else {
            throw ServiceError.agentNotFound
        }
        let document = LogFileDocument.make(record, request: request)
        return try JSONResponse.make(
            document, status: .accepted, headers: [.location: LogFileDocument.selfURL(record, request)])
    }

    @Sendable static func list(_ request: APIRequest) async throws -> Response {
        guard let records = await request.store.logFiles(agentID: request.parameter(.agentID)) else {
            throw ServiceError.agentNotFound
        }
        return try UnpagedList.response(
            "logfiles", records.map { LogFileDocument.make($0, request: request) }, ids: records.map(\.id),
            url: request.urls.agent(request.parameter(.agentID)) + "/logfiles", request)
    }

    @Sendable static func get(_ request: APIRequest) async throws -> Response {
        let record = try await find(request)
        return try JSONResponse.make(LogFileDocument.make(record, request: request))
    }

    /// The body must be JSON Patch operations that `replace` `/state` with `started` or
    /// `completed`, the two states an agent reports; anything else is refused whole.
    @Sendable static func update(_ request: APIRequest) async throws -> Response {
        try request.requirePatchContentType()
        let operations = try request.decode([PatchOperation].self)
        var errors: [String] = []
        var states: [LogFile.State] = []
        if operations.isEmpty { errors.append("At least one operation is required.") }
        for (index, operation) in operations.enumerated() {
            if operation.op != "replace" { errors.append("[\(index)].op must be replace.") }
            if operation.path != "/state" { errors.append("[\(index)].path must be /state.") }
            let value = operation.value?.stringValue
            if let value, let state = LogFile.State(rawValue: value), state != .requested {
                states.append(state)
            } else {
                errors.append("[\(index)].value must be started or completed.")
            }
        }
        guard errors.isEmpty, let state = states.last else {
            throw ServiceError.validation("Validation failed.", errors: errors)
        }
        _ = try await find(request)
        guard
            await request.store.reportLogFileState(
                agentID: request.parameter(.agentID), id: request.parameter(.logFileID), state: state)
        else {
            throw logFileNotFound
        }
        return JSONResponse.empty(.noContent)
    }

    @Sendable static func delete(_ request: APIRequest) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        guard await request.store.deleteLogFile(agentID: agentID, id: request.parameter(.logFileID)) else {
            throw logFileNotFound
        }
        return JSONResponse.empty(.noContent)
    }

    private static func find(_ request: APIRequest) async throws -> LogFileRecord {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        guard let record = await request.store.logFile(agentID: agentID, id: request.parameter(.logFileID)) else {
            throw logFileNotFound
        }
        return record
    }
}
