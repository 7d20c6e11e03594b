import CloudBackupAPI
import Foundation
import HTTPTypes
import Hummingbird

/// Serves `/v2/{project_id}/...`: counts the request, applies an injected fault, checks the token
/// and the project, refuses XML, finds the operation and hands it to its handler.
struct APIDispatcher: Sendable {
    let store: Store
    let handlers: [APIOperation: OperationHandler]

    /// The largest request body read (a configuration document may be 1 MB).
    static let maxBodySize = 2 * 1024 * 1024

    func respond(to request: Request, context: EmulatorRequestContext) async throws -> Response {
        let path = RequestPath(request.uri.path)
        let match = APIOperation.match(request.method, path.operationSegments)
        var faults: [Fault] = []
        if case .operation(let operation, _) = match {
            faults += await store.receive(operation).map { [$0] } ?? []
        } else {
            faults += await store.receive(nil).map { [$0] } ?? []
        }
        if let header = request.headers[.xEmulatorFault] {
            guard let requested = FaultHeader.parse(header) else {
                throw ServiceError.validation(
                    "Invalid \(FaultHeader.name) header.",
                    errors: ["Use status=CODE, retry-after=SECONDS, delay=200ms and drop, separated by ';'."])
            }
            faults += requested
        }
        faults += await store.drawPlannedFaults()
        for fault in faults { try await apply(fault, context: context) }

        // An agent logs in with its password (`authenticateAgent`); the docs' example sends no token.
        if Self.needsUserToken(match) { try await authenticate(request) }
        guard path.isUnderV2, let project = path.project, !path.operationSegments.isEmpty else {
            throw ServiceError.notFound("Resource not found.")
        }
        guard project == EmulatorConfiguration.projectID else {
            guard project.allSatisfy(\.isNumber) else { throw ServiceError.notFound("Resource not found.") }
            throw ServiceError(.forbidden, "Access to project \(project) is not allowed for this token.")
        }
        if path.wantsXML(accept: request.headers[.accept]) {
            throw ServiceError(.notImplemented, "XML is not supported; request application/json.")
        }
        switch match {
        case .notFound:
            throw ServiceError.notFound("Resource not found.")
        case .methodNotAllowed(let allowed):
            throw ServiceError(
                .methodNotAllowed,
                "Method \(request.method) is not allowed here; use \(allowed.map(\.rawValue).joined(separator: ", ")).",
                headers: [.allow: allowed.map(\.rawValue).joined(separator: ", ")])
        case .operation(let operation, let parameters):
            guard let handler = handlers[operation] else {
                throw ServiceError(
                    .notImplemented, "\(operation.summary) (\(operation)) is not implemented by this emulator.")
            }
            var request = request
            let body = try await collectBody(&request)
            let apiRequest = APIRequest(
                operation: operation, parameters: parameters, query: Self.query(of: request), headers: request.headers,
                body: body, urls: await store.urls, store: store)
            return try await handler(apiRequest)
        }
    }

    private func apply(_ fault: Fault, context: EmulatorRequestContext) async throws {
        switch fault {
        case .status(let code, let retryAfter):
            let status = HTTPResponse.Status(code: code)
            var headers: HTTPFields = [:]
            if let retryAfter { headers[.retryAfter] = String(retryAfter) }
            throw ServiceError(status, Self.reasonPhrase(code) + ".", headers: headers)
        case .delay(let duration):
            try await Task.sleep(for: duration)
        case .dropConnection:
            context.closeConnection()
            throw ConnectionDropped()
        }
    }

    private static func needsUserToken(_ match: OperationMatch) -> Bool {
        if case .operation(let operation, _) = match { return operation.sendsUserToken }
        return true
    }

    private func authenticate(_ request: Request) async throws {
        guard let token = request.headers[.xAuthToken], !token.isEmpty else {
            throw ServiceError(.unauthorized, "Authentication required: send a token in the X-Auth-Token header.")
        }
        guard await store.isValid(token: token) else {
            throw ServiceError(.unauthorized, "The token is invalid or has expired.")
        }
    }

    private func collectBody(_ request: inout Request) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(upTo: Self.maxBodySize)
        } catch {
            throw ServiceError.validation("The request body is too large.", errors: ["At most 2 MB are accepted."])
        }
    }

    private static func reasonPhrase(_ code: Int) -> String {
        HTTPReason.phrase(code) ?? "Error \(code)"
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

extension HTTPField.Name {
    static let xAuthToken = Self("X-Auth-Token")!
    static let xAgentID = Self("X-Agent-Id")!
    static let xEmulatorFault = Self(FaultHeader.name)!
}
