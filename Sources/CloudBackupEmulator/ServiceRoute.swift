import CloudBackupAPI
import Hummingbird

/// A `/v2` request's path taken apart and matched against the operation table, once, for the
/// middleware and the dispatcher.
struct ServiceRoute: Sendable {
    let path: RequestPath
    let match: OperationMatch

    init(_ request: Request) {
        path = RequestPath(request.uri.path)
        match = APIOperation.match(request.method, path.operationSegments)
    }

    /// The operation the path names for its method, if any.
    var operation: APIOperation? {
        if case .operation(let operation, _) = match { operation } else { nil }
    }
}
