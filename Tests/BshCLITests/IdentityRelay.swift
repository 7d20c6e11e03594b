import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Foundation
import Hummingbird
import Logging
import Synchronization

/// An Identity v2.0 endpoint that accepts credentials of the test's choosing: a token request holding
/// one of `accepted` is passed on to the emulator with the demo user's key, and the emulator's answer
/// returned. The tokens it hands out are kept, so that a test can look for them in bsh's output.
final class IdentityRelay: Sendable {
    /// The relay's base URL, `http://127.0.0.1:PORT/v2.0`.
    let identityURL: String
    private let issued: IssuedTokens

    private init(identityURL: String, issued: IssuedTokens) {
        self.identityURL = identityURL
        self.issued = issued
    }

    /// The tokens handed out so far.
    var tokens: [String] { issued.values.withLock { $0 } }

    private final class IssuedTokens: Sendable {
        let values = Mutex<[String]>([])
    }

    /// Runs `body` with a relay in front of `emulator` accepting a request body that contains any of `accepted`.
    static func with<T>(to emulator: Emulator, accepting accepted: [String], _ body: (IdentityRelay) async throws -> T) async throws -> T {
        let transport = AsyncHTTPTransport()
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let issued = IssuedTokens()
        let router = Router()
        router.post("/v2.0/tokens") { request, _ -> Response in
            let text = String(buffer: try await request.body.collect(upTo: 64 * 1024))
            guard accepted.contains(where: text.contains) else { return Response(status: .unauthorized) }
            let demo = AuthRequest(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey))
            let answer = try await transport.send(
                TransportRequest(
                    method: "POST", url: emulator.identityURL + "/tokens", headers: [("Content-Type", "application/json")],
                    body: JSONCoding.encode(demo)),
                timeout: .seconds(10))
            if let access = try? JSONDecoder().decode(AccessResponse.self, from: Data(answer.body)) {
                issued.values.withLock { $0.append(access.access.token.id.revealed) }
            }
            return Response(
                status: .init(code: answer.status), headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        var logger = Logger(label: "identity-relay")
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger)
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let started = IdentityRelay(identityURL: "http://127.0.0.1:\(port)/v2.0", issued: issued)
        let result: Result<T, any Error>
        do { result = .success(try await body(started)) } catch { result = .failure(error) }
        server.cancel()
        _ = await server.result
        await transport.shutdown()
        return try result.get()
    }
}
