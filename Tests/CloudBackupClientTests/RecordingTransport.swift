import CloudBackupClient
import Synchronization

/// A transport that forwards to the real one and remembers each request's method and URL.
final class RecordingTransport: HTTPTransport {
    let inner: AsyncHTTPTransport
    private let log = Mutex<[(line: String, token: Bool)]>([])
    private let damage = Mutex<(count: Int, truncates: Bool)>((0, false))

    init(_ inner: AsyncHTTPTransport = AsyncHTTPTransport()) {
        self.inner = inner
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        let token = request.headers.contains { $0.name.lowercased() == "x-auth-token" }
        log.withLock { $0.append(("\(request.method) \(request.url)", token)) }
        var response = try await inner.send(request, timeout: timeout)
        guard response.header("ETag") != nil, !response.body.isEmpty else { return response }
        let truncates: Bool? = damage.withLock { damage in
            guard damage.count > 0 else { return nil }
            damage.count -= 1
            return damage.truncates
        }
        if let truncates {
            if truncates { response.body.removeLast() } else { response.body[response.body.count / 2] ^= 0xFF }
        }
        return response
    }

    /// Damages the body of the next `count` responses that carry an ETag: one byte flipped, or with
    /// `truncates`, the last byte gone.
    func damageDownloads(_ count: Int, truncates: Bool = false) {
        damage.withLock { $0 = (count, truncates) }
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
