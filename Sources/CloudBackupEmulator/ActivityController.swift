import CloudBackupAPI
import Hummingbird

/// Activities: every backup, restore and cleanup of the project, of one agent (its backups and
/// cleanups, restores to it) or of one configuration (its backups and the restores of them; a
/// cleanup has no configuration, though the documentation's example lists one). `id` is the job's
/// ID, and `state` is always present: every example has it, though one table alone lists it.
enum ActivityController {
    static let handlers: [APIOperation: OperationHandler] = [
        .listProjectActivities: { try await list($0, url: $0.urls.endpoint + "/activities") { _ in true } },
        .listAgentActivities: listForAgent,
        .listConfigurationActivities: listForConfiguration,
    ]

    @Sendable static func listForAgent(_ request: APIRequest) async throws -> Response {
        let agentID = request.parameter(.agentID)
        guard await request.store.agent(id: agentID) != nil else { throw ServiceError.agentNotFound }
        return try await list(request, url: request.urls.agent(agentID) + "/activities") { $0.links.agentID == agentID }
    }

    @Sendable static func listForConfiguration(_ request: APIRequest) async throws -> Response {
        let id = request.parameter(.configurationID)
        guard await request.store.configuration(id: id) != nil else {
            throw ServiceError.notFound("Configuration not found.")
        }
        return try await list(request, url: request.urls.endpoint + "/configurations/" + id + "/activities") {
            $0.links.configurationID == id && $0.kind != .cleanup
        }
    }

    private static func list(
        _ request: APIRequest, url: String, _ include: @Sendable (JobRecord) -> Bool
    ) async throws -> Response {
        let page = try PageQuery(request, defaultAscending: false)
        let store = request.store
        let jobs = await store.jobList(nil).filter(include)
        let markerKey = try page.marker.map { marker in
            guard let job = jobs.first(where: { $0.id == marker }) else {
                throw ServiceError.invalid("marker does not name an activity of this list.")
            }
            return job.sequence
        }
        let items = page.page(jobs, key: \.sequence, markerKey: markerKey)
        var documents: [JSONValue] = []
        for job in items {
            documents.append(document(job, updated: await store.lastUpdatedTime(job), urls: request.urls))
        }
        return try JSONResponse.make(
            JSONValue.object([
                ("activities", .array(documents)), ("links", page.links(ids: items.map(\.id), url: url)),
            ]))
    }

    static func document(_ job: JobRecord, updated: String, urls: ServiceURLs) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(job.id)), ("type", .string(job.kind.rawValue)), ("last_updated_time", .string(updated)),
            ("state", .string(job.state)), ("agent", .ref(job.links.agentID, href: urls.agent(job.links.agentID))),
        ]
        if job.kind != .cleanup, let configurationID = job.links.configurationID {
            members.append(
                ("configuration", .ref(configurationID, href: urls.endpoint + "/configurations/" + configurationID)))
        }
        members.append(("links", .links([(job.kind.rawValue, urls.endpoint + "/" + job.kind.plural + "/" + job.id)])))
        return .object(members)
    }
}

extension Store {
    /// When the job last changed; seeded history reports its end.
    func lastUpdatedTime(_ job: JobRecord) -> String {
        let times = job.times
        return times.createdAt == clock.origin
            ? (times.endedTime ?? timestamp(times.lastUpdated)) : timestamp(times.lastUpdated)
    }
}
