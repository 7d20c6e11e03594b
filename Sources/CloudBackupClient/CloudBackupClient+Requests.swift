import CloudBackupAPI

/// A decoded page of one of the paged lists.
protocol PagedList: Decodable, SendableMetatype {
    associatedtype Element: Sendable
    var pageItems: [Element] { get }
    var pageLinks: [Link]? { get }
    /// The ID of an item, to notice items a following page repeats.
    static func id(of item: Element) -> String
}

extension BackupList: PagedList {
    static func id(of item: Backup) -> String { item.id }
    var pageItems: [Backup] { backups }
    var pageLinks: [Link]? { links }
}

extension RestoreList: PagedList {
    static func id(of item: RestoreSummary) -> String { item.id }
    var pageItems: [RestoreSummary] { restores }
    var pageLinks: [Link]? { links }
}

extension CleanupList: PagedList {
    static func id(of item: Cleanup) -> String { item.id }
    var pageItems: [Cleanup] { cleanups }
    var pageLinks: [Link]? { links }
}

extension ActivityList: PagedList {
    static func id(of item: Activity) -> String { item.id }
    var pageItems: [Activity] { activities }
    var pageLinks: [Link]? { links }
}

extension EventList: PagedList {
    static func id(of item: Event) -> String { item.id }
    var pageItems: [Event] { events }
    var pageLinks: [Link]? { links }
}

extension CloudBackupClient {
    /// A paged list operation as a lazy sequence of its items.
    func paginated<List: PagedList>(
        _ type: List.Type, _ operation: APIOperation, _ arguments: String..., query: [(String, String)]
    ) -> Paginated<List.Element> {
        Paginated(query: query, identify: { List.id(of: $0) }) { query in
            let response = try await self.send(operation, arguments: arguments, query: query)
            let list = try JSONCoding.decode(List.self, from: response.body, operation: "\(operation.method) \(operation.path(arguments))")
            return Page(items: list.pageItems, links: list.pageLinks ?? [])
        }
    }

    /// The resource a create operation answered with, or, when the body does not carry it, the one
    /// its `Location` names, read with `fetch`.
    func created<T: Decodable>(
        _ type: T.Type, _ response: ServiceResponse, operation: String, fetch: (String) async throws -> T
    ) async throws -> T {
        if !response.body.isEmpty, let value = try? JSONCoding.decode(type, from: response.body, operation: operation) {
            return value
        }
        return try await fetch(requireLocationID(response, operation: operation))
    }

    /// The ID in `Location`, which for some operations is the only place the service gives it.
    func requireLocationID(_ response: ServiceResponse, operation: String) throws -> String {
        guard let id = response.locationID else {
            throw APIError(
                kind: .decoding, operation: operation, status: response.status,
                message: "the answer has no Location header with the new ID")
        }
        return id
    }

    /// `X-Agent-Id`, which agents send with every request.
    static func agentHeader(_ agentID: String?) -> [(name: String, value: String)] {
        agentID.map { [("X-Agent-Id", $0)] } ?? []
    }

    /// Sends a JSON Patch document.
    func patch(_ operation: APIOperation, _ arguments: String..., operations: [PatchOperation], agentID: String? = nil) async throws {
        _ = try await send(
            operation, arguments: arguments, body: JSONCoding.encode(operations), headers: Self.agentHeader(agentID))
    }

    /// "METHOD path" of an operation, for error messages.
    static func label(_ operation: APIOperation, _ arguments: String...) -> String {
        "\(operation.method) \(operation.path(arguments))"
    }
}
