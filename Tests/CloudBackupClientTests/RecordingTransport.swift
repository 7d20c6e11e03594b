import CloudBackupClient
import Synchronization

/// A transport that forwards to the real one and remembers each request's method and URL.
final class RecordingTransport: HTTPTransport {
    let inner: AsyncHTTPTransport
    private let log = Mutex<[(line: String, token: Bool)]>([])

    init(_ inner: AsyncHTTPTransport = AsyncHTTPTransport()) {
        self.inner = inner
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let token = request.headers.contains { $0.name.lowercased() == "x-auth-token" }
        log.withLock { $0.append(("\(request.method) \(request.url)", token)) }
        return try await inner.send(request, timeout: timeout)
    }

    /// The requests so far whose "METHOD URL" contains `fragment`.
    func requests(containing fragment: String) -> [String] {
        log.withLock { $0.filter { $0.line.contains(fragment) }.map(\.line) }
    }

    /// The requests so far whose "METHOD URL" contains `fragment` and that carried `X-Auth-Token`.
    func requestsWithToken(containing fragment: String) -> [String] {
        log.withLock { $0.filter { $0.token && $0.line.contains(fragment) }.map(\.line) }
    }

    func shutdown() async {
        await inner.shutdown()
    }
}
