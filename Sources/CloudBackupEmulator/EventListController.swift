import CloudBackupAPI
import Hummingbird

/// Event lists: the project's, an agent's, a backup's, a restore's, a cleanup's, and those of a
/// configuration's backups and restores. `marker` is an event ID and exclusive; `sort_dir` defaults
/// to `desc` for the project's and a configuration's lists and to `asc` for the others, as the
/// documentation gives them. The project's and an agent's lists carry the agent events (uploads,
/// browses, vault requests, activations); a job's events are in its own list.
enum EventListController {
    static let handlers: [APIOperation: OperationHandler] = [
        .listProjectEvents: { try await list($0, path: "/events", ascending: false) { $0.subjects.isEmpty } },
        .listAgentEvents: listForAgent,
        .listBackupEvents: { try await listForJob($0, .backup) },
        .listRestoreEvents: { try await listForJob($0, .restore) },
        .listCleanupEvents: { try await listForJob($0, .cleanup) },
        .listConfigurationEvents: listForConfiguration,
    ]

    @Sendable static func listForAgent(_ request: APIRequest) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        return try await list(request, path: "/agents/" + agentID + "/events", ascending: true) {
            $0.agentID == agentID && $0.subjects.isEmpty
        }
    }

    static func listForJob(_ request: APIRequest, _ kind: JobRecord.Kind) async throws -> Response {
        let job = try await JobController.find(kind, request)
        return try await list(
            request, path: "/" + kind.plural + "/" + job.id + "/events", ascending: true, subject: job.id)
    }

    @Sendable static func listForConfiguration(_ request: APIRequest) async throws -> Response {
        let id = request.parameter(.configurationID)
        guard await request.store.configuration(id: id) != nil else {
            throw ServiceError.notFound("Configuration not found.")
        }
        return try await list(request, path: "/configurations/" + id + "/events", ascending: false, subject: id)
    }

    private static func list(_ request: APIRequest, path: String, ascending: Bool, subject: String) async throws
        -> Response
    {
        try await list(request, path: path, ascending: ascending) { $0.subjects.contains(subject) }
    }

    private static func list(
        _ request: APIRequest, path: String, ascending: Bool, _ include: @Sendable (RecordedEvent) -> Bool
    ) async throws -> Response {
        let page = try PageQuery(request, defaultAscending: ascending)
        let markerKey = try page.marker.map { marker in
            guard let id = Int(marker) else { throw ServiceError.invalid("marker must be an event ID.") }
            return id
        }
        let events = await request.store.eventList().filter(include)
        let items = page.page(events, key: \.id, markerKey: markerKey)
        return try JSONResponse.make(
            JSONValue.object([
                ("events", .array(items.map(\.document))),
                ("links", page.links(ids: items.map { String($0.id) }, url: request.urls.endpoint + path)),
            ]))
    }
}

extension Store {
    /// The kept events, oldest first.
    func eventList() -> [RecordedEvent] {
        advance()
        return eventLog.events
    }
}
