import CloudBackupAPI

/// Finds the documented operation a method and a path (below `/v2/{project_id}`) name.
struct RouteTable: Sendable {
    enum Match: Equatable {
        case operation(APIOperation, parameters: [String: String])
        /// The path exists, but not for this method.
        case methodNotAllowed(allowed: [String])
        case notFound
    }

    private struct Route: Sendable {
        let operation: APIOperation
        /// Literal segments, or nil for a `{placeholder}`, whose name is in `names`.
        let segments: [String?]
        let names: [String]
        var literalCount: Int { segments.count { $0 != nil } }
    }

    private let routes: [Route]

    init(operations: [APIOperation] = APIOperation.all) {
        routes = operations.map { operation in
            let parts = operation.template.split(separator: "/").map(String.init)
            let segments = parts.map { $0.hasPrefix("{") ? nil : $0 }
            let names = parts.filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            return Route(operation: operation, segments: segments, names: names)
        }
    }

    /// The operation for `method` on the decoded path `segments`. Where a literal and a
    /// placeholder both fit (`/agents/tokens`), the route with more literal segments wins.
    func match(method: String, segments: [String]) -> Match {
        let candidates = routes.compactMap { route -> (Route, [String])? in
            guard route.segments.count == segments.count else { return nil }
            var values: [String] = []
            for (pattern, segment) in zip(route.segments, segments) {
                if let pattern {
                    guard pattern == segment else { return nil }
                } else {
                    guard !segment.isEmpty else { return nil }
                    values.append(segment)
                }
            }
            return (route, values)
        }
        guard !candidates.isEmpty else { return .notFound }
        let fitting = candidates.filter { $0.0.operation.method == method }
        guard let (route, values) = fitting.max(by: { $0.0.literalCount < $1.0.literalCount }) else {
            var allowed: [String] = []
            for (route, _) in candidates where !allowed.contains(route.operation.method) {
                allowed.append(route.operation.method)
            }
            return .methodNotAllowed(allowed: allowed)
        }
        return .operation(route.operation, parameters: Dictionary(uniqueKeysWithValues: zip(route.names, values)))
    }
}
