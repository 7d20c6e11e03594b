import Hummingbird

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
