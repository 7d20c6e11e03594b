import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Health, ping and summary settings")
struct HealthSettingsTests {
    @Test func healthReportsEveryGroup() async throws {
        try await EmulatorSession.with { session in
            let health = try await session.call("GET", "/health")
            #expect(health.status == 200)
            #expect(
                ((health.json["storage"] as? [String: Any])?["cassandra"] as? [String: Any])?["online"] as? Bool == true
            )
            #expect(((health.json["transport"] as? [String: Any])?["pecan"] as? [String: Any])?["node"] is String)
            #expect(((health.json["event"] as? [String: Any])?["rse"] as? [String: Any])?["regions"] != nil)
            for system in ["cassandra", "pecan", "rse"] {
                let one = try await session.call("GET", "/health/" + system)
                #expect(one.status == 200)
                #expect(one.json["online"] as? Bool == true)
            }
            #expect(try await session.call("GET", "/health/dependentSystemName").status == 404)
            let ping = try await session.call("GET", "/ping")
            #expect(ping.status == 204)
            #expect(ping.body.isEmpty)
        }
    }

    @Test func anOfflineSystemMakesHealth503() async throws {
        try await EmulatorSession.with { session in
            await session.emulator.setDependentSystem("cassandra", online: false)
            let health = try await session.call("GET", "/health")
            #expect(health.status == 503)
            #expect(
                ((health.json["storage"] as? [String: Any])?["cassandra"] as? [String: Any])?["online"] as? Bool
                    == false)
            let one = try await session.call("GET", "/health/cassandra")
            #expect(one.status == 503)
            #expect(one.json["online"] as? Bool == false)
            #expect(try await session.call("GET", "/health/pecan").status == 200)
            await session.emulator.setDependentSystem("cassandra", online: true)
            #expect(try await session.call("GET", "/health").status == 200)
        }
    }

    @Test func summarySettingsRoundTripAndAreValidated() async throws {
        try await EmulatorSession.with { session in
            let initial = try await session.call("GET", "/settings/summaries")
            #expect(initial.json["daily"] as? Bool == false)
            let body =
                #"{"daily":true,"weekly":false,"notifications":[{"type":"email","destination":"email1@example.com"}]}"#
            #expect(try await session.call("PUT", "/settings/summaries", body: body).status == 204)
            let read = try await session.call("GET", "/settings/summaries")
            #expect(read.json["daily"] as? Bool == true)
            #expect(read.items("notifications").first?["destination"] as? String == "email1@example.com")
            #expect(
                try await session.call("PUT", "/settings/summaries", body: #"{"daily":"yes","notifications":[]}"#)
                    .status == 400)
            #expect(try await session.call("PUT", "/settings/summaries", body: #"{"daily":true}"#).status == 400)
        }
    }
}
