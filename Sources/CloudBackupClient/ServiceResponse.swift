import CloudBackupAPI
/// A successful (or explicitly accepted) answer of the service.
public struct ServiceResponse: Sendable {
    public let status: Int
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The ID a create operation returned in `Location`: its last path segment. The documented
    /// headers point at another host and spell some paths in the singular, so only the ID is used.
    public var locationID: String? {
        guard let location = header("Location") else { return nil }
        let path = location.prefix { $0 != "?" && $0 != "#" }
        let segment = path.split(separator: "/").last.map(String.init)
        return segment?.removingPercentEncoding ?? segment
    }
}

/// Reason phrases for errors that come without a message.
enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        HTTPReason.phrase(status) ?? "HTTP \(status)"
    }
}
