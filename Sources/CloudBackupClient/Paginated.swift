import CloudBackupAPI
import Foundation

/// One page of a paged list: its items and its `links` (rels `next`, `previous`).
public struct Page<Element: Sendable>: Sendable {
    public var items: [Element]
    public var links: [Link]

    public init(items: [Element], links: [Link]) {
        self.items = items
        self.links = links
    }
}

/// Every item of a paged list, fetched lazily page by page as the sequence is iterated.
///
/// Only the `marker` (and `limit` and `sort_dir`, when present) of a page's `next` link are used:
/// the request for the following page goes to the client's own endpoint and the list's documented
/// path, because the documented links point at another host and sometimes at another list. Paging
/// stops when there is no `next` link, when a page is empty, or when a marker comes back that was
/// already used. Items are told apart by `identify`: an item an earlier page returned is not
/// returned again, and a page that brings nothing new ends the sequence (the documented activity
/// links name the first item of a page as the marker, which would otherwise repeat most of it).
public struct Paginated<Element: Sendable>: AsyncSequence, Sendable {
    let query: [(String, String)]
    let identify: @Sendable (Element) -> String?
    let fetch: @Sendable (_ query: [(String, String)]) async throws -> Page<Element>

    /// A sequence that sends `query` for the first page and asks `fetch` for each page.
    public init(
        query: [(String, String)], identify: @escaping @Sendable (Element) -> String? = { _ in nil },
        fetch: @escaping @Sendable (_ query: [(String, String)]) async throws -> Page<Element>
    ) {
        self.query = query
        self.identify = identify
        self.fetch = fetch
    }

    /// An iterator that fetches the first page on its first `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// All items of all pages, or the first `limit` of them.
    public func collect(limit: Int = .max) async throws -> [Element] {
        var items: [Element] = []
        guard limit > 0 else { return items }
        for try await item in self {
            items.append(item)
            if items.count >= limit { break }
        }
        return items
    }

    /// Fetches the pages one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        let sequence: Paginated
        var buffer: ArraySlice<Element> = []
        var pending: [(String, String)]?
        var usedMarkers: Set<String> = []
        var returnedIDs: Set<String> = []

        init(sequence: Paginated) {
            self.sequence = sequence
            self.pending = sequence.query
            if let marker = sequence.query.first(where: { $0.0 == "marker" })?.1 { usedMarkers.insert(marker) }
        }

        /// The next item, fetching the next page when the current one is used up.
        public mutating func next() async throws -> Element? {
            while buffer.isEmpty {
                guard let query = pending else { return nil }
                pending = nil
                let page = try await sequence.fetch(query)
                // Only earlier pages count: the documented examples repeat IDs within a page.
                let fresh = page.items.filter { item in sequence.identify(item).map { !returnedIDs.contains($0) } ?? true }
                returnedIDs.formUnion(page.items.compactMap(sequence.identify))
                if !fresh.isEmpty {
                    pending = Paginated.followingQuery(base: sequence.query, links: page.links, usedMarkers: &usedMarkers)
                }
                buffer = fresh[...]
            }
            return buffer.popFirst()
        }
    }

    /// The query for the page after one whose links are `links`, or nil when there is none.
    static func followingQuery(base: [(String, String)], links: [Link], usedMarkers: inout Set<String>) -> [(String, String)]? {
        guard let href = links.href(rel: "next"), let items = URLComponents(string: href)?.queryItems else { return nil }
        func value(_ name: String) -> String? {
            items.first { $0.name == name }?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        guard let marker = value("marker"), usedMarkers.insert(marker).inserted else { return nil }
        let paging: Set<String> = ["marker", "limit", "sort_dir"]
        var query = base.filter { !paging.contains($0.0) }
        for name in ["limit", "sort_dir"] {
            if let given = value(name) ?? base.first(where: { $0.0 == name })?.1 { query.append((name, given)) }
        }
        query.append(("marker", marker))
        return query
    }
}
