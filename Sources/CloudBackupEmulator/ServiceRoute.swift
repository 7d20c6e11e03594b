import CloudBackupAPI
import Hummingbird

/// A `/v2` request's path taken apart and matched against the operation table, once, for the
/// middleware and the dispatcher.
struct ServiceRoute: Sendable {
    let path: RequestPath
    let match: OperationMatch

    init(_ request: Request) {
        path = RequestPath(request.uri.path)
        let segments = path.operationSegments
        match = APIOperation.match(request.method, segments, in: Self.operationsByLength[segments.count] ?? [])
    }

    /// The operation table by the number of segments of the path, in the table's order: only these
    /// can fit a path of that length, and every request is matched.
    private static let operationsByLength = Dictionary(grouping: APIOperation.all) { $0.template.segments.count }

    /// The operation the path names for its method, if any.
    var operation: APIOperation? {
        if case .operation(let operation, _) = match { operation } else { nil }
    }
}
