import CloudBackupAPI
import Foundation
import HTTPTypes
import Hummingbird

/// Serves `/v2/{project_id}/...` once the middleware let the request through (see
/// `EmulatorRouter`): refuses XML, answers 404 or 405 for what the table does not match, and hands
/// the operation to its handler.
struct APIDispatcher: Sendable {
    let store: Store
    let handlers: [APIOperation: OperationHandler]

    /// The largest request body read (a configuration document may be 1 MB).
    static let maxBodySize = 2 * 1024 * 1024

    func respond(to request: Request, context: EmulatorRequestContext) async throws -> Response {
        let route = context.route(of: request)
        if route.path.wantsXML(accept: request.headers[.accept]) {
            throw ServiceError(.notImplemented, "XML is not supported; request application/json.")
        }
        switch route.match {
        case .notFound:
            throw ServiceError.notFound("Resource not found.")
        case .methodNotAllowed(let allowed):
            let methods = allowed.map(\.rawValue).joined(separator: ", ")
            throw ServiceError(
                .methodNotAllowed, "Method \(request.method) is not allowed here; use \(methods).",
                headers: [.allow: methods])
        case .operation(let operation, let parameters):
            guard let handler = handlers[operation] else {
                throw ServiceError(
                    .notImplemented, "\(operation.summary) (\(operation)) is not implemented by this emulator.")
            }
            var request = request
            let body = try await collectBody(&request)
            let apiRequest = APIRequest(
                operation: operation, parameters: parameters, query: Self.query(of: request), headers: request.headers,
                body: body, urls: store.urls, store: store)
            return try await handler(apiRequest)
        }
    }

    private func collectBody(_ request: inout Request) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(upTo: Self.maxBodySize)
        } catch {
            throw ServiceError.validation("The request body is too large.", errors: ["At most 2 MB are accepted."])
        }
    }

    private static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (key, value) in request.uri.queryParameters where query[String(key)] == nil {
            query[String(key)] = String(value)
        }
        return query
    }
}

/// A handler of one operation.
typealias OperationHandler = @Sendable (APIRequest) async throws -> Response
