import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Agent events and agent filters over HTTP")
struct AgentEventTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    @Test func anAgentAnnouncesItsStartupAndShutdown() async throws {
        try await ClientFixture.with { fixture in
            try await fixture.client.postAgentEvent(agentID: Self.web01, .startup)
            try await fixture.client.postAgentEvent(agentID: Self.web01, .shutdown)
            #expect(fixture.transport.requestsWithToken(containing: "/agents/\(Self.web01)/events").count == 2)
        }
    }

    @Test func anUnknownAgentsEventIsA404() async throws {
        try await ClientFixture.with { fixture in
            let error = await #expect(throws: APIError.self) {
                try await fixture.client.postAgentEvent(agentID: "00000000-0000-0000-0000-000000000000", .startup)
            }
            #expect(error?.status == 404)
        }
    }

    @Test func agentsFilterByTheirHostsMachineID() async throws {
        try await ClientFixture.with { fixture in
            let machine = try #require(try await fixture.client.agent(id: Self.web01).host?.machine?.id)
            let agents = try await fixture.client.listAgents(hostMachineID: machine)
            #expect(agents.map(\.id) == [Self.web01])
            #expect(try await fixture.client.listAgents(hostMachineID: "no-such-machine").isEmpty)
        }
    }
}
