import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Agent login (authenticateAgent) over HTTP")
struct AgentLoginTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    /// The `authenticateAgent` body of the seeded web01 with this password and fingerprint.
    static func login(password: String, fingerprint: String) -> AgentTokenRequest {
        AgentTokenRequest(
            projectID: "123456", id: web01, password: Secret(password), name: "web01", version: "1.23.008344",
            host: AgentHost(
                os: .init(name: "Ubuntu", version: "14.04", architecture: "64-bit"), fingerprint: fingerprint,
                addresses: [.init(version: 4, addr: "67.23.10.132")]))
    }

    @Test func anAgentLogsInWithItsPasswordAndNoUserToken() async throws {
        try await ClientFixture.with { fixture in
            let credentials = try #require(await fixture.emulator.agentCredentials(Self.web01))
            let token = try await fixture.client.authenticateAgent(
                Self.login(password: credentials.password, fingerprint: credentials.fingerprint))
            #expect(!token.id.revealed.isEmpty)
            #expect(token.expires != nil)
            #expect(fixture.transport.requests(containing: "/agents/tokens").count == 1)
            #expect(fixture.transport.requestsWithToken(containing: "/agents/tokens").isEmpty)
        }
    }

    @Test func aWrongPasswordIsTheAgentsFailureAndKeepsTheUsersToken() async throws {
        try await ClientFixture.with { fixture in
            _ = try await fixture.client.listAgents()
            let credentials = try #require(await fixture.emulator.agentCredentials(Self.web01))
            let error = await #expect(throws: APIError.self) {
                try await fixture.client.authenticateAgent(Self.login(password: "wrong", fingerprint: credentials.fingerprint))
            }
            #expect(error?.status == 401)
            #expect(error?.kind == .http)
            // The user's token was not renewed, and the login was sent once.
            #expect(await fixture.emulator.identityRequestCount() == 1)
            #expect(fixture.transport.requests(containing: "/agents/tokens").count == 1)

            let conflict = await #expect(throws: APIError.self) {
                try await fixture.client.authenticateAgent(Self.login(password: credentials.password, fingerprint: "another-host"))
            }
            #expect(conflict?.status == 409)
        }
    }
}
