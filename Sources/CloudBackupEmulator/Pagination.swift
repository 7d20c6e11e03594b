import CloudBackupAPI
import Foundation

/// The paging parameters of a list: `marker` (exclusive; the last item seen), `limit` (default 100;
/// the emulator's page size, when it has one, caps it) and `sort_dir`, whose default the
/// documentation gives per list. The documentation's links disagree with each other (some point to
/// another list, some page backwards), so they follow one rule: `next` continues after the page's
/// last item in the same order, `previous` goes back from its first item in the opposite order,
/// both on the list that was called.
struct PageQuery: Sendable {
    var marker: String?
    var limit: Int
    var ascending: Bool
    let defaultAscending: Bool
    /// Filters to repeat in the links (`restorable`, `configuration_id`).
    var carried: [(String, String)] = []

    static let defaultLimit = 100
    static let maximumLimit = 1000

    init(_ request: APIRequest, defaultAscending: Bool) throws {
        self.defaultAscending = defaultAscending
        marker = request.query["marker"].flatMap { $0.isEmpty ? nil : $0 }
        if let text = request.query["limit"] {
            guard let value = Int(text), (1...Self.maximumLimit).contains(value) else {
                throw ServiceError.invalid("limit must be a whole number from 1 to \(Self.maximumLimit).")
            }
            limit = value
        } else {
            limit = Self.defaultLimit
        }
        if let pageSize = request.pageSize { limit = min(limit, pageSize) }
        switch request.query["sort_dir"]?.lowercased() {
        case nil: ascending = defaultAscending
        case "asc": ascending = true
        case "desc": ascending = false
        default: throw ServiceError.invalid("sort_dir must be asc or desc.")
        }
    }

    /// One page of `items` (given in ascending order of `key`), starting after the item whose
    /// key is `markerKey`.
    func page<T>(_ items: [T], key: (T) -> Int, markerKey: Int?) -> [T] {
        let ordered: [T] = ascending ? items : items.reversed()
        let remaining = ordered.filter { item in
            guard let markerKey else { return true }
            return ascending ? key(item) > markerKey : key(item) < markerKey
        }
        return Array(remaining.prefix(limit))
    }

    /// `next` and `previous` for a page whose items have these IDs; none for an empty page.
    func links(ids: [String], url: String) -> JSONValue {
        guard let first = ids.first, let last = ids.last else { return .array([]) }
        return .links([
            ("next", link(url, marker: last, ascending: ascending)),
            ("previous", link(url, marker: first, ascending: !ascending)),
        ])
    }

    private func link(_ url: String, marker: String, ascending: Bool) -> String {
        var parts = ["marker=" + (marker.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? marker)]
        if limit != Self.defaultLimit { parts.append("limit=\(limit)") }
        if ascending != defaultAscending { parts.append("sort_dir=" + (ascending ? "asc" : "desc")) }
        parts += carried.map { $0.0 + "=" + $0.1 }
        return url + "?" + parts.joined(separator: "&")
    }
}
