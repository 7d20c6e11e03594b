import CloudBackupAPI
import Hummingbird

/// What backups, restores and cleanups share: list (`listBackups`, `listRestores`, `listCleanups`), details
/// (`getBackup`, `getRestore`, `getCleanup`), PATCH (`updateBackup`, `updateRestore`, `updateCleanup`) and errors
/// (`listBackupErrors`, `listRestoreErrors`, `listCleanupErrors`).
enum JobController {
    static func handlers(
        _ kind: JobRecord.Kind, list: APIOperation, get: APIOperation, update: APIOperation, errors: APIOperation
    ) -> [APIOperation: OperationHandler] {
        [
            list: { try await Self.list(kind, $0) },
            get: { try await Self.get(kind, $0) },
            update: { try await Self.update(kind, $0) },
            errors: { try await Self.errors(kind, $0) },
        ]
    }

    /// 201 with `Location` and the new job's document.
    static func created(_ job: JobRecord, _ request: APIRequest) throws -> Response {
        let location = request.urls.endpoint + "/" + job.kind.plural + "/" + job.id
        return try JSONResponse.make(
            JobDocument.make(job, urls: request.urls), status: .created, headers: [.location: location])
    }

    /// The `state` of `startBackup` and `startCleanup`: `start_scheduled` comes from an agent, which
    /// names itself in `X-Agent-Id` (the cleanup's page omits the header, but the rule is the
    /// backup's).
    static func startState(_ body: JSONValue, _ request: APIRequest) throws -> String {
        guard let state = body["state"]?.stringValue, ["start_requested", "start_scheduled"].contains(state) else {
            throw ServiceError.invalid("state must be start_requested or start_scheduled.")
        }
        if state == "start_scheduled", (request.headers[.xAgentID] ?? "").isEmpty {
            throw ServiceError.invalid("The X-Agent-Id header is required when state is start_scheduled.")
        }
        return state
    }

    static func list(_ kind: JobRecord.Kind, _ request: APIRequest) async throws -> Response {
        var page = try PageQuery(request, defaultAscending: false)
        var jobs = await request.store.jobList(kind)
        if kind == .backup {
            let restorable = request.query["restorable"]?.lowercased()
            if let configurationID = request.query["configuration_id"] {
                guard restorable == "true" else {
                    throw ServiceError.invalid("configuration_id needs restorable=true.")
                }
                jobs = jobs.filter { $0.links.configurationID == configurationID }
                page.carried.append(("configuration_id", configurationID))
            }
            if restorable == "true" {
                jobs = jobs.filter(\.snapshot.restorable)
                page.carried.insert(("restorable", "true"), at: 0)
            }
        }
        let markerKey = try page.marker.map { marker in
            guard let job = jobs.first(where: { $0.id == marker }) else {
                throw ServiceError.invalid("marker does not name a \(kind.rawValue) of this list.")
            }
            return job.sequence
        }
        let items = page.page(jobs, key: \.sequence, markerKey: markerKey)
        return try JSONResponse.make(
            JSONValue.object([
                (kind.plural, .array(items.map { JobDocument.make($0, urls: request.urls, summary: true) })),
                ("links", page.links(ids: items.map(\.id), url: request.urls.endpoint + "/" + kind.plural)),
            ]))
    }

    static func find(_ kind: JobRecord.Kind, _ request: APIRequest) async throws -> JobRecord {
        guard let job = await request.store.job(kind, id: request.parameter(kind.pathParameter)) else {
            throw ServiceError.notFound(Store.notFoundMessage(kind))
        }
        return job
    }

    static func get(_ kind: JobRecord.Kind, _ request: APIRequest) async throws -> Response {
        try JSONResponse.make(JobDocument.make(try await find(kind, request), urls: request.urls))
    }

    static func update(_ kind: JobRecord.Kind, _ request: APIRequest) async throws -> Response {
        let operations = try PatchEntry.parse(request)
        try await request.store.patchJob(kind, id: request.parameter(kind.pathParameter), operations: operations)
        return JSONResponse.empty(.noContent)
    }

    static func errors(_ kind: JobRecord.Kind, _ request: APIRequest) async throws -> Response {
        try JSONResponse.make(JobDocument.errors(try await find(kind, request), urls: request.urls))
    }
}
