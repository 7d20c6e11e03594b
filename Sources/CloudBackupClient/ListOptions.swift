/// The paging parameters of the paged lists: where to start, how many per page, and the order.
/// Unset values are left to the service (`limit` 100; `sort_dir` `desc`, `asc` for the event
/// lists of one agent, backup, restore or cleanup).
public struct ListOptions: Sendable, Equatable {
    /// The ID of the last item already seen; only the items after it are returned.
    public var marker: String?
    public var limit: Int?
    public var sortDirection: SortDirection?

    public init(marker: String? = nil, limit: Int? = nil, sortDirection: SortDirection? = nil) {
        self.marker = marker
        self.limit = limit
        self.sortDirection = sortDirection
    }

    /// The query parameters, in the documented spelling `marker`, `limit`, `sort_dir`.
    var query: [(String, String)] {
        var query: [(String, String)] = []
        if let marker { query.append(("marker", marker)) }
        if let limit { query.append(("limit", String(limit))) }
        if let sortDirection { query.append(("sort_dir", sortDirection.rawValue)) }
        return query
    }
}

/// The order of a paged list, applied to the whole result before the page is cut.
public enum SortDirection: String, Sendable, CaseIterable {
    case asc, desc
}
