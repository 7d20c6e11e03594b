import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

@Suite("Retries over HTTP")
struct RetryTests {
    @Test func aGetIsRetriedAfterInjected503s() async throws {
        try await ClientFixture.with { fixture in
            _ = try await fixture.client.session()
            await fixture.emulator.enqueueFaults([.status(503), .status(503, retryAfterSeconds: 0)])
            let agents = try await fixture.client.listAgents()
            #expect(!agents.isEmpty)
            #expect(fixture.transport.requests(containing: "GET").filter { $0.hasSuffix("/agents") }.count == 3)
        }
    }

    @Test func aPostIsNotRepeatedAfterA503WithoutRetryAfter() async throws {
        try await ClientFixture.with { fixture in
            let agent = try #require(try await fixture.client.listAgents().first)
            await fixture.emulator.enqueueFaults([.status(503)], for: .requestLogFile)
            let error = await #expect(throws: APIError.self) { try await fixture.client.requestLogFile(agentID: agent.id) }
            #expect(error?.status == 503)
            #expect(fixture.transport.requests(containing: "POST").filter { $0.contains("/logfiles") }.count == 1)
        }
    }

    @Test func retriesStopAfterTheLastAttemptWithTheStatus() async throws {
        try await ClientFixture.with { fixture in
            _ = try await fixture.client.session()
            await fixture.emulator.enqueueFaults(Array(repeating: .status(500), count: 4))
            let error = await #expect(throws: APIError.self) { try await fixture.client.listAgents() }
            #expect(error?.status == 500)
            #expect(error?.operation == "GET /agents")
        }
    }

    /// A client in direct mode on a loopback port where nothing listens.
    private func withClosedPort<T>(token: String = "t", _ body: (CloudBackupClient, RecordingTransport) async throws -> T) async throws -> T {
        let transport = RecordingTransport()
        let client = CloudBackupClient(
            configuration: ClientConfiguration(access: .direct(endpoint: "http://127.0.0.1:1/v2/1", token: Secret(token))),
            transport: transport)
        do {
            let result = try await body(client, transport)
            await transport.shutdown()
            return result
        } catch {
            await transport.shutdown()
            throw error
        }
    }

    @Test func aRefusedConnectionFailsWithinSecondsAfterTwoRetries() async throws {
        try await withClosedPort { client, transport in
            let clock = ContinuousClock()
            let start = clock.now
            let error = await #expect(throws: APIError.self) { try await client.listAgents() }
            #expect(clock.now - start < .seconds(5))
            #expect(error?.kind == .connection)
            #expect(error?.description == "GET /agents: cannot connect to 127.0.0.1:1: connection refused")
            #expect(transport.requests(containing: "/agents").count == 3)
        }
    }

    @Test func aPostIsTriedAgainWhenNoConnectionWasMade() async throws {
        try await withClosedPort { client, transport in
            await #expect(throws: APIError.self) { try await client.moveVault(to: "a", from: "b") }
            #expect(transport.requests(containing: "POST").count == 3)
        }
    }

    @Test func aHeaderHTTPRefusesIsReportedWithoutItsValue() async throws {
        try await withClosedPort(token: "abc\rSECRET") { client, transport in
            let error = await #expect(throws: APIError.self) { try await client.listAgents() }
            #expect(error?.description.contains("SECRET") == false)
            #expect(error?.message == "a request header holds a character HTTP does not allow (the value is not shown)")
        }
    }
}
