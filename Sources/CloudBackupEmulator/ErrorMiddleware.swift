import Hummingbird

/// Turns every error into a JSON answer, so that no error leaves the emulator without a body:
/// the router's own 404s included.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return try error.response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            let message = error.status == .notFound ? "Resource not found." : error.status.reasonPhrase + "."
            return try ServiceError(error.status, message).response(from: request, context: context)
        } catch is ConnectionDropped {
            throw ConnectionDropped()
        } catch {
            context.logger.error("Unexpected error: \(error)")
            return try ServiceError(.internalServerError, "Internal server error.").response(
                from: request, context: context)
        }
    }
}

/// Thrown after the connection was closed on purpose; there is nobody left to answer.
struct ConnectionDropped: Error {}
