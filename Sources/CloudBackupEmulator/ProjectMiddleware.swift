import Hummingbird

/// Lets through only paths below `/v2/{project_id}` of the emulator's one project: another
/// numeric project is forbidden to this token (403), and anything else does not exist (404).
struct ProjectMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = context.route(of: request).path
        guard path.isUnderV2, let project = path.project, !path.operationSegments.isEmpty else {
            throw ServiceError.notFound("Resource not found.")
        }
        guard project == EmulatorConfiguration.projectID else {
            guard project.allSatisfy(\.isNumber) else { throw ServiceError.notFound("Resource not found.") }
            throw ServiceError(.forbidden, "Access to project \(project) is not allowed for this token.")
        }
        return try await next(request, context)
    }
}
