import Hummingbird

/// The request context: Hummingbird's core storage, a way to drop the connection (for the
/// `dropConnection` fault), and, below `/v2`, the operation the request names.
struct EmulatorRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let closeConnection: @Sendable () -> Void
    /// Set by `RoutingMiddleware`.
    var route: ServiceRoute?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let channel = source.channel
        closeConnection = { channel.close(promise: nil) }
    }

    /// The route `RoutingMiddleware` found, or the request's own when no routing ran before.
    func route(of request: Request) -> ServiceRoute {
        route ?? ServiceRoute(request)
    }
}
