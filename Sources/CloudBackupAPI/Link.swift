/// A hypermedia link as the service returns it: `{"href": ..., "rel": ...}`.
public struct Link: Codable, Sendable, Equatable, Hashable {
    public var href: String
    public var rel: String

    public init(href: String, rel: String) {
        self.href = href
        self.rel = rel
    }
}

extension Array where Element == Link {
    /// The `href` of the first link with the given relation, if any.
    public func href(rel: String) -> String? {
        first { $0.rel == rel }?.href
    }
}

/// A reference to another resource, as embedded in events and results: `{"id": ...}`.
public struct ResourceRef: Codable, Sendable, Equatable, Hashable {
    public var id: String
    public var links: [Link]?

    public init(id: String, links: [Link]? = nil) {
        self.id = id
        self.links = links
    }
}
