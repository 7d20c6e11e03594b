import CloudBackupAPI
import Foundation
import Hummingbird

/// An error answer: a status, headers, and a JSON body. Thrown anywhere below the router and
/// rendered by `ErrorMiddleware`. Cloud Backup errors always carry `{"message": ...}`, plus an
/// `errors` array for validation failures (the documentation's generic error body; its examples for
/// single operations show only `message`); Identity errors have Identity's own shape.
struct ServiceError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    var headers: HTTPFields = [:]
    let body: JSONValue

    init(status: HTTPResponse.Status, headers: HTTPFields = [:], body: JSONValue) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `{"message": ...}` with the given status.
    init(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) {
        self.init(status: status, headers: headers, body: .object([("message", .string(message))]))
    }

    /// 400 with `{"message": ..., "errors": [...]}`.
    static func validation(_ message: String, errors: [String]) -> ServiceError {
        ServiceError(
            status: .badRequest,
            body: .object([("message", .string(message)), ("errors", .array(errors.map(JSONValue.string)))]))
    }

    /// 400 "Validation failed." with one reason.
    static func invalid(_ reason: String) -> ServiceError {
        validation("Validation failed.", errors: [reason])
    }

    static func notFound(_ message: String) -> ServiceError {
        ServiceError(.notFound, message)
    }

    static let agentNotFound = ServiceError.notFound("Agent not found.")

    /// Identity's error document: `{"<kind>": {"code": ..., "message": ...}}`.
    static func identity(_ status: HTTPResponse.Status, kind: String, message: String) -> ServiceError {
        ServiceError(
            status: status,
            body: .object([(kind, .object([("code", .number(Double(status.code))), ("message", .string(message))]))]))
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONResponse.make(body, status: status, headers: headers)
    }
}
