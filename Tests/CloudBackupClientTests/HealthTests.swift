import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Health and ping over HTTP")
struct HealthTests {
    @Test func everySystemIsOnlineAndOneCanBeAskedAlone() async throws {
        try await ClientFixture.with { fixture in
            let health = try await fixture.client.health()
            #expect(health.allOnline)
            #expect(health.systems.map(\.name) == ["event/rse", "storage/cassandra", "transport/pecan"])
            #expect(health.groups["transport"]?["pecan"]?.node == "phx-web-01")
            #expect(health.groups["event"]?["rse"]?.regions?["dfw"]?.online == true)

            let cassandra = try await fixture.client.dependentSystemHealth("cassandra")
            #expect(cassandra.online)
            #expect(cassandra.links?.map(\.rel) == ["self"])
            #expect(cassandra.links?.first?.href == fixture.emulator.endpointURL + "/health/cassandra")
            try await fixture.client.ping()
            #expect(await fixture.emulator.requestCount(.ping) == 1)
        }
    }

    @Test func anOfflineSystemIsReportedOnceAndNotThrown() async throws {
        try await ClientFixture.with { fixture in
            await fixture.emulator.setDependentSystem("cassandra", online: false)
            let health = try await fixture.client.health()
            #expect(!health.allOnline)
            #expect(health.groups["storage"]?["cassandra"]?.online == false)
            #expect(health.groups["transport"]?["pecan"]?.online == true)
            #expect(try await fixture.client.dependentSystemHealth("cassandra").online == false)
            #expect(try await fixture.client.dependentSystemHealth("pecan").online)
            // The 503 is the answer, not a failure to retry.
            #expect(await fixture.emulator.requestCount(.getHealth) == 1)
            #expect(await fixture.emulator.requestCount(.getDependentSystemHealth) == 2)

            await fixture.emulator.setDependentSystem("cassandra", online: true)
            #expect(try await fixture.client.health().allOnline)
        }
    }

    @Test func anUnknownSystemIsA404() async throws {
        try await ClientFixture.with { fixture in
            let error = await #expect(throws: APIError.self) { try await fixture.client.dependentSystemHealth("dependentSystemName") }
            #expect(error?.status == 404)
        }
    }
}
