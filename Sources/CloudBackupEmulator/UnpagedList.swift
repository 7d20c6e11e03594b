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
        let (indices, links) = try page(ids: ids, url: url, carried: carried, request)
        return try JSONResponse.make(ListDocument(member: member, items: indices.map { items[$0] }, links: links))
    }

    /// The same list from items encoded already (by `JSONResponse.encode`): the bytes
    /// `JSONResponse.encode` gives the whole list.
    static func response(
        encoded list: EncodedList, url: String, carried: [(String, String)] = [], _ request: APIRequest
    ) throws -> Response {
        guard request.pageSize != nil else { return JSONResponse.make(json: list.whole) }
        let (indices, links) = try page(ids: list.ids, url: url, carried: carried, request)
        return JSONResponse.make(
            json: json(member: list.member, items: indices.map { list.items[$0] }, links: try links.map(JSONResponse.encode)))
    }

    /// `{"<member>": [items], "links": links}` from encoded parts, the keys in the encoder's order;
    /// `member` is a plain name that needs no escaping.
    static func json(member: String, items: [ByteBuffer], links: ByteBuffer?) -> ByteBuffer {
        var json = ByteBuffer()
        json.reserveCapacity(items.reduce(member.utf8.count + 16) { $0 + $1.readableBytes + 1 } + (links?.readableBytes ?? 0))
        func writeLinks() {
            guard let links else { return }
            json.writeStaticString(#""links":"#)
            json.writeImmutableBuffer(links)
        }
        json.writeStaticString("{")
        let linksFirst = links != nil && "links" < member
        if linksFirst {
            writeLinks()
            json.writeStaticString(",")
        }
        json.writeString("\"" + member + "\":[")
        for (index, item) in items.enumerated() {
            if index > 0 { json.writeStaticString(",") }
            json.writeImmutableBuffer(item)
        }
        json.writeStaticString("]")
        if links != nil && !linksFirst {
            json.writeStaticString(",")
            writeLinks()
        }
        json.writeStaticString("}")
        return json
    }

    /// The indices of the items on the page asked for, and the page's links; all of them and no
    /// links when the emulator has no page size.
    private static func page(
        ids: [String], url: String, carried: [(String, String)], _ request: APIRequest
    ) throws -> (indices: [Int], links: JSONValue?) {
        guard request.pageSize != nil else { return (Array(ids.indices), nil) }
        var page = try PageQuery(request, defaultAscending: true)
        page.carried = carried
        let markerKey = try page.marker.map { marker in
            guard let index = ids.firstIndex(of: marker) else {
                throw ServiceError.invalid("marker does not name an item of this list.")
            }
            return index
        }
        let indices = page.page(Array(ids.indices), key: { $0 }, markerKey: markerKey)
        return (indices, page.links(ids: indices.map { ids[$0] }, url: url))
    }
}

/// A list's items encoded, their IDs, and the whole list without links joined from them.
struct EncodedList: Sendable {
    let member: String
    let ids: [String]
    let items: [ByteBuffer]
    let whole: ByteBuffer

    init(member: String, ids: [String], items: [ByteBuffer]) {
        self.member = member
        self.ids = ids
        self.items = items
        whole = UnpagedList.json(member: member, items: items, links: nil)
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
