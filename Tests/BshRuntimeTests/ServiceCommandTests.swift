import BshRuntime
import Foundation
import Testing

@Suite("Service commands: health, ping, settings and api")
struct ServiceCommandTests {
    @Test func healthAndPingAnswer() async throws {
        let (status, host, _) = try await runScript("health; ping")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("SYSTEM"))
        #expect(host.output.contains("pong"))
    }

    @Test func settingsRoundTrip() async throws {
        let (status, host, _) = try await runScript("""
            settings set --daily on --weekly off --email ops@example.com dev@example.com
            settings
            """)
        #expect(status == 0, "\(host.error)")
        let lines = host.output.split(separator: "\n").suffix(3).joined(separator: "\n")
        #expect(lines.contains("daily   on"))
        #expect(lines.contains("weekly  off"))
        #expect(lines.contains("ops@example.com, dev@example.com"))
    }

    @Test func settingsRejectsAWordOtherThanOnOrOff() async throws {
        let (status, host, _) = try await runScript("settings set --daily yes")
        #expect(status == 2)
        #expect(host.error.contains("--daily takes on or off"))
    }

    @Test func apiPrintsTheBody() async throws {
        let (status, host, _) = try await runScript("api GET /agents")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("\"agents\""))
        #expect(host.output.contains("8f135b4f-7a69-4b8a-947f-5e80d772fd97"))
    }

    @Test func apiPassesTheQuery() async throws {
        let (status, host, _) = try await runScript("api GET '/backups?limit=2'", json: true)
        #expect(status == 0, "\(host.error)")
        let object = try JSONSerialization.jsonObject(with: Data(host.output.utf8)) as? [String: Any]
        #expect((object?["backups"] as? [Any])?.count == 2)
    }

    @Test func apiWithJSONPrintsOneLine() async throws {
        let (status, host, _) = try await runScript("api GET '/agents/8f135b4f-7a69-4b8a-947f-5e80d772fd97'", json: true)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.split(separator: "\n").count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(host.output.utf8)) as? [String: Any]
        #expect(object?["name"] as? String == "web01")
    }

    @Test func apiSendsABodyAndReportsTheServicesError() async throws {
        let (status, host, _) = try await runScript("""
            api PATCH /agents/8f135b4f-7a69-4b8a-947f-5e80d772fd97 '[{"op": "replace", "path": "/enabled", "value": false}]'
            api GET /backups/00000000-0000-0000-0000-000000000000
            """)
        #expect(status == 1)
        #expect(host.error.contains("test.bsh:2:1: error: api:"))
        #expect(host.error.contains("404"))
    }

    @Test func apiRefusesAPathNoOperationHas() async throws {
        let (status, host, _) = try await runScript("api GET /nothing/here")
        #expect(status == 2)
        #expect(host.error.contains("no operation GET /nothing/here"))
    }
}
