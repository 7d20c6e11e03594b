import CloudBackupAPI

extension CloudBackupClient {
    /// A list operation as a lazy sequence of its items. Every list is read this way, those the
    /// documentation shows unpaged too: a service may page any list, and a `next` link is followed
    /// wherever it appears.
    func paginated<Element: ListedItem>(
        _ type: Element.Type, _ operation: APIOperation, _ arguments: PathArguments = [:], query: [(String, String)] = []
    ) -> Paginated<Element> {
        Paginated(query: query, identify: { $0.listID }) { query in
            let response = try await self.send(operation, arguments, query: query)
            let list = try JSONCoding.decode(ListBody<Element>.self, from: response.body, operation: operation.label(arguments))
            return Page(items: list.items, links: list.links)
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

    /// Sends a JSON Patch document. One made only of `replace` operations leaves the same document
    /// however often it is applied, so it is sent again when its answer is lost.
    func patch(_ operation: APIOperation, _ arguments: PathArguments, operations: [PatchOperation], agentID: String? = nil) async throws {
        _ = try await send(
            operation, arguments, query: [], body: JSONCoding.encode(operations), headers: Self.agentHeader(agentID),
            accepting: [], repeatable: operations.allSatisfy { $0.op == "replace" })
    }
}
