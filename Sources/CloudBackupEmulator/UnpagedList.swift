import CloudBackupAPI
import Hummingbird

/// The lists the documentation shows unpaged (`listAgents`, `listAgentConfigurations`, `listConfigurations`,
/// `listLogFiles`): whole and without `links`, or, when the emulator has a page size, paged like the others: oldest
/// first, `marker` the ID of the last item seen, `next` and `previous` links carrying the list's filters.
enum UnpagedList {
    static func response<Item: Encodable>(
        _ member: String, _ items: [Item], ids: [String], url: String, carried: [(String, String)] = [],
        _ request: APIRequest
    ) throws -> Response {
        guard request.pageSize != nil else {
            return try JSONResponse.make(ListDocument(member: member, items: items, links: nil))
        }
        var page = try PageQuery(request, defaultAscending: true)
        page.carried = carried
        let markerKey = try page.marker.map { marker in
            guard let index = ids.firstIndex(of: marker) else {
                throw ServiceError.invalid("marker does not name an item of this list.")
            }
            return index
        }
        let indices = page.page(Array(ids.indices), key: { $0 }, markerKey: markerKey)
        return try JSONResponse.make(
            ListDocument(
                member: member, items: indices.map { items[$0] }, links: page.links(ids: indices.map { ids[$0] }, url: url)))
    }
}

/// `{"<member>": [items], "links": [...]}`, the links left out when nil.
struct ListDocument<Item: Encodable>: Encodable {
    let member: String
    let items: [Item]
    let links: JSONValue?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberKey.self)
        try container.encode(items, forKey: MemberKey(member))
        if let links { try container.encode(links, forKey: MemberKey("links")) }
    }

    private struct MemberKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
