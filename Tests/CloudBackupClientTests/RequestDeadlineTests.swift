import CloudBackupAPI
import CloudBackupClient
import Synchronization
import Testing

/// A caller's deadline bounds the client's retries and each exchange's timeout.
@Suite("Request deadlines")
struct RequestDeadlineTests {
    /// A client that retries four times, up to 20 s apart, against `transport`.
    static func client(_ transport: FakeTransport) -> CloudBackupClient {
        CloudBackupClient(
            configuration: ClientConfiguration(
                access: .direct(endpoint: FakeService.endpoint, token: Secret(FakeService.token)),
                retryPolicy: RetryPolicy(maximumAttempts: 4, baseDelay: .seconds(1), maximumDelay: .seconds(20)),
                requestTimeout: .seconds(60)),
            transport: transport)
    }

    @Test func aRetryAfterPastTheDeadlineIsNotWaitedFor() async throws {
        let transport = FakeTransport { _ in .json(503, Array(#"{"message": "busy"}"#.utf8), headers: [("Retry-After", "30")]) }
        let client = Self.client(transport)
        let clock = ContinuousClock()
        let start = clock.now
        let error = await #expect(throws: APIError.self) {
            try await RequestDeadline.with(clock.now + .seconds(2)) { try await client.listAgents() }
        }
        // Waiting out the Retry-After would take 30 s; ending at the 2 s deadline, or before, does not.
        #expect(clock.now - start < .seconds(10))
        #expect(error?.status == 503)
        #expect(error?.retryAfter == 30)
        #expect(transport.requests.count == 1)
    }

    @Test func withoutADeadlineTheRetryAfterIsHonoured() async throws {
        let answers = Mutex(0)
        let transport = FakeTransport { _ in
            let first = answers.withLock { count in
                count += 1
                return count == 1
            }
            return first
                ? .json(503, Array(#"{"message": "busy"}"#.utf8), headers: [("Retry-After", "0.2")])
                : .json(200, Array(#"{"agents": []}"#.utf8))
        }
        #expect(try await Self.client(transport).listAgents().isEmpty)
        #expect(transport.requests.count == 2)
    }

    @Test func anExchangeGetsTheTimeLeftButAtLeastASecond() async throws {
        let transport = TimeoutRecordingTransport()
        let client = CloudBackupClient(
            configuration: ClientConfiguration(
                access: .direct(endpoint: FakeService.endpoint, token: Secret(FakeService.token)), requestTimeout: .seconds(60)),
            transport: transport)
        let clock = ContinuousClock()
        _ = try await client.listAgents()
        _ = try await RequestDeadline.with(clock.now + .seconds(10)) { try await client.listAgents() }
        _ = try await RequestDeadline.with(clock.now + .milliseconds(10)) { try await client.listAgents() }
        let seen = transport.timeouts.withLock { $0 }
        #expect(seen.count == 3)
        #expect(seen[0] == .seconds(60))
        #expect(seen[1] <= .seconds(10) && seen[1] > .seconds(9))
        #expect(seen[2] == RequestDeadline.leastExchange)
    }

    @Test(arguments: [
        (APIError(kind: .http, operation: "GET /x", status: 503, message: "m"), true),
        (APIError(kind: .http, operation: "GET /x", status: 429, message: "m", retryAfter: 1), true),
        (APIError(kind: .http, operation: "GET /x", status: 502, message: "m"), true),
        (APIError(kind: .http, operation: "GET /x", status: 504, message: "m"), true),
        (APIError(kind: .transport, operation: "GET /x", message: "the server closed the connection"), true),
        (APIError(kind: .connection, operation: "GET /x", message: "cannot connect"), true),
        (APIError(kind: .http, operation: "GET /x", status: 400, message: "m"), false),
        (APIError(kind: .http, operation: "GET /x", status: 404, message: "m"), false),
        (APIError(kind: .http, operation: "GET /x", status: 500, message: "m"), false),
        (APIError(kind: .authentication, operation: "GET /x", status: 401, message: "m"), false),
        (APIError(kind: .decoding, operation: "GET /x", message: "m"), false),
    ])
    func transientErrorsAreThoseThatPass(_ error: APIError, transient: Bool) {
        #expect(error.isTransient == transient)
    }
}

/// Answers every request with an empty agent list and keeps the timeout each was sent with.
final class TimeoutRecordingTransport: HTTPTransport {
    let timeouts = Mutex<[Duration]>([])

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        timeouts.withLock { $0.append(timeout) }
        return .json(200, Array(#"{"agents": []}"#.utf8))
    }
}
