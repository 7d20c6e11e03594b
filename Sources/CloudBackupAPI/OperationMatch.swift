import HTTPTypes

/// What a method and a path name in the operation table.
public enum OperationMatch: Sendable, Equatable {
    /// The operation, with its path parameters' values (percent-decoded).
    case operation(APIOperation, PathArguments)
    /// The path fits operations, but none for this method: a 405, with `allowed` as its `Allow`
    /// header, in the table's order.
    case methodNotAllowed(allowed: [HTTPRequest.Method])
    /// No operation has this path.
    case notFound
}

extension APIOperation {
    /// The operation `method` and the percent-decoded path `segments` (below the endpoint) name.
    /// Where templates with a literal and with a parameter both fit (`POST /agents/tokens` fits
    /// `/agents/tokens` and `/agents/{agent_id}`), the one with more literal segments wins; among
    /// equals, the first in `operations`.
    public static func match(
        _ method: HTTPRequest.Method, _ segments: [String], in operations: [APIOperation] = all
    ) -> OperationMatch {
        var best: (operation: APIOperation, arguments: PathArguments)?
        var allowed: [HTTPRequest.Method] = []
        for operation in operations {
            guard let arguments = operation.template.match(segments) else { continue }
            guard operation.method == method else {
                if !allowed.contains(operation.method) { allowed.append(operation.method) }
                continue
            }
            if let current = best, current.operation.template.literalCount >= operation.template.literalCount { continue }
            best = (operation, arguments)
        }
        if let best { return .operation(best.operation, best.arguments) }
        return allowed.isEmpty ? .notFound : .methodNotAllowed(allowed: allowed)
    }
}
