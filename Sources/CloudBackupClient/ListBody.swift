import CloudBackupAPI

/// One answer of a list operation, in either shape a service may send: the documented object
/// (`{"agents": [...], "links": [...]}`, `links` perhaps missing) or a bare array of the items.
struct ListBody<Element: ListedItem>: Decodable {
    var items: [Element]
    var links: [Link]

    init(from decoder: any Decoder) throws {
        if (try? decoder.unkeyedContainer()) != nil {
            items = try decoder.singleValueContainer().decode([Element].self)
            links = []
            return
        }
        let container = try decoder.container(keyedBy: MemberKey.self)
        items = try container.decode([Element].self, forKey: MemberKey(Element.listMember))
        links = try container.decodeIfPresent([Link].self, forKey: MemberKey("links")) ?? []
    }

    private struct MemberKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
