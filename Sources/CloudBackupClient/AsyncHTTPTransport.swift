import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// The transport over AsyncHTTPClient: one client per process, connections kept alive and pooled,
/// TLS always verified, redirects never followed (a token must not travel to another host).
public final class AsyncHTTPTransport: HTTPTransport {
    private let client: HTTPClient
    private let maximumBodySize: Int

    public init(maximumBodySize: Int = 1 << 30, connectionsPerHost: Int = 64) {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .seconds(10), read: .seconds(120)),
            decompression: .disabled
        )
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connectionsPerHost)
        // A failed connection fails the request at once, for the client's retry policy to decide: left
        // on, the pool would try again and again until the connect timeout, for each attempt.
        configuration.connectionPool.retryConnectionEstablishment = false
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        EventLoopTaskExecutor.shared.adopt(client.eventLoopGroup.next())
        self.maximumBodySize = maximumBodySize
    }

    /// The response body, read chunk by chunk into one array sized from `Content-Length`: a large
    /// body (a browse result of a million entries) is held once, not once as a buffer and again as a copy.
    private func bytes(of response: HTTPClientResponse) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        if let length = response.headers.first(name: "Content-Length").flatMap(Int.init), length <= maximumBodySize {
            bytes.reserveCapacity(length)
        }
        for try await chunk in response.body {
            guard bytes.count + chunk.readableBytes <= maximumBodySize else {
                throw NIOTooManyBytesError(maxBytes: maximumBodySize)
            }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    public func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: .nanoseconds(Int64(timeout.nanoseconds)))
            return TransportResponse(
                status: Int(response.status.code),
                headers: response.headers.map { ($0.name, $0.value) },
                body: try await bytes(of: response)
            )
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as HTTPClientError where error == .cancelled {
            throw CancellationError()
        } catch {
            try Task.checkCancellation()
            let failure = TransportFailure(error, url: request.url)
            throw APIError(kind: failure.kind, operation: "\(request.method) \(Self.redacted(request.url))", message: failure.message)
        }
    }

    /// Closes every connection. Call once, when the process is done with the network.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// The URL without its query, which may carry a signature, and with its password as `***`: the
    /// error is a value a script may print (`catch e { echo $e.message }`), past any masking of messages.
    static func redacted(_ url: String) -> String {
        SecretRedaction.hidingPassword(String(url.prefix { $0 != "?" }))
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
