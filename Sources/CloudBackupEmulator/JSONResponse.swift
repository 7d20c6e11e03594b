import Foundation
import Hummingbird

/// Responses with JSON bodies, and empty ones.
enum JSONResponse {
    static func make<Body: Encodable>(
        _ body: Body, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) throws -> Response {
        make(json: try encode(body), status: status, headers: headers)
    }

    /// A response whose body is JSON encoded already (by `encode`).
    static func make(json: ByteBuffer, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: json))
    }

    /// The JSON every response body is: keys sorted, slashes unescaped.
    static func encode<Body: Encodable>(_ body: Body) throws -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return ByteBuffer(bytes: try encoder.encode(body))
    }

    /// A response without a body (202 for requests, 204 for updates and deletes).
    static func empty(_ status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        if status != .noContent { headers[.contentLength] = "0" }
        return Response(status: status, headers: headers, body: .init())
    }
}
