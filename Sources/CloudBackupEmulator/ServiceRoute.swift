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

/// Matches a `/v2` request once and keeps the result in the context.
struct RoutingMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.route = ServiceRoute(request)
        return try await next(request, context)
    }
}
