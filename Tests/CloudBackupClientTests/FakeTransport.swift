import CloudBackupClient
import Foundation
import Synchronization

/// A transport that answers from a handler instead of the network, and keeps every request.
final class FakeTransport: HTTPTransport {
    typealias Handler = @Sendable (TransportRequest) -> TransportResponse
    private let handler: Handler
    private let log = Mutex<[TransportRequest]>([])

    init(_ handler: @escaping Handler) {
        self.handler = handler
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        log.withLock { $0.append(request) }
        return handler(request)
    }

    /// Every request so far, in order.
    var requests: [TransportRequest] { log.withLock { $0 } }

    /// The last request so far.
    var last: TransportRequest? { log.withLock { $0.last } }
}

extension TransportRequest {
    /// The first value of a header, matched case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The URL's path and query below the fake endpoint.
    var relative: String {
        url.hasPrefix(FakeService.endpoint) ? String(url.dropFirst(FakeService.endpoint.count)) : url
    }

    /// The body as JSON text.
    var bodyText: String { body.map { String(decoding: $0, as: UTF8.self) } ?? "" }
}

extension TransportResponse {
    /// A JSON answer.
    static func json(_ status: Int, _ body: [UInt8], headers: [(name: String, value: String)] = []) -> TransportResponse {
        TransportResponse(status: status, headers: [("Content-Type", "application/json")] + headers, body: body)
    }

    /// An answer without a body.
    static func empty(_ status: Int, headers: [(name: String, value: String)] = []) -> TransportResponse {
        TransportResponse(status: status, headers: headers, body: [])
    }
}
