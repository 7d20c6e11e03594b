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
            await fixture.emulator.enqueueFaults([.status(503)])
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
}
