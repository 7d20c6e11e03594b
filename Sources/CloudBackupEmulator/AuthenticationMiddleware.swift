import CloudBackupAPI
import Hummingbird

/// Refuses a `/v2` request without a valid Identity token in `X-Auth-Token` (401). The agent
/// login alone goes without: the agent proves who it is with its password, and the
/// documentation's example sends no token. A path that names no operation needs a token too, so
/// that a stranger learns nothing of which paths exist.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext
    let store: Store

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if context.route(of: request).operation?.sendsUserToken ?? true {
            guard let token = request.headers[.xAuthToken], !token.isEmpty else {
                throw ServiceError(.unauthorized, "Authentication required: send a token in the X-Auth-Token header.")
            }
            guard await store.isValid(token: token) else {
                throw ServiceError(.unauthorized, "The token is invalid or has expired.")
            }
        }
        return try await next(request, context)
    }
}
