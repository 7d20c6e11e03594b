import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Authentication against Identity v2.0")
struct AuthenticationTests {
    @Test func apiKeyCredentialsGiveTheRegionsEndpoint() async throws {
        try await ClientFixture.with { fixture in
            let session = try await fixture.client.session()
            #expect(session.endpoint == fixture.emulator.endpointURL)
            #expect(session.region == "DFW")
            #expect(session.projectID == "123456")
            #expect(session.regions.count >= 5)
            let agents = try await fixture.client.listAgents()
            #expect(!agents.isEmpty)
        }
    }

    @Test func wrongKeyIsAnAuthenticationErrorWithTheServiceMessage() async throws {
        try await ClientFixture.with(apiKey: "not-the-key") { fixture in
            let error = await #expect(throws: APIError.self) { try await fixture.client.listAgents() }
            #expect(error?.kind == .authentication)
            #expect(error?.status == 401)
            #expect(error?.message.contains("Unable to authenticate") == true)
            #expect(error?.description.contains("not-the-key") == false)
        }
    }

    @Test func unknownRegionNamesTheRegionsOnOffer() async throws {
        try await ClientFixture.with(region: "XYZ") { fixture in
            let error = await #expect(throws: APIError.self) { try await fixture.client.listAgents() }
            #expect(error?.kind == .configuration)
            #expect(error?.message.contains("DFW") == true)
        }
    }

    @Test func aRejectedTokenIsRenewedOnceAndTheCallSucceeds() async throws {
        try await ClientFixture.with { fixture in
            _ = try await fixture.client.listAgents()
            await fixture.emulator.revokeAllTokens()
            let agents = try await fixture.client.listAgents()
            #expect(!agents.isEmpty)
            #expect(fixture.transport.requests(containing: "/tokens").count == 2)
        }
    }

    @Test func theTokenIsCachedAcrossCalls() async throws {
        try await ClientFixture.with { fixture in
            for _ in 0..<3 { _ = try await fixture.client.listAgents() }
            #expect(fixture.transport.requests(containing: "/tokens").count == 1)
        }
    }
}
