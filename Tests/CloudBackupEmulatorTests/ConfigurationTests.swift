import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Configurations")
struct ConfigurationTests {
    @Test func creatingReturnsTheDocumentedShape() async throws {
        try await EmulatorSession.with { session in
            let body = """
                {"agent_id":"\(Seeded.web01)","name":"Every Other Hour Configuration","enabled":true,
                 "schedule":{"recurrence":["RRULE:FREQ=HOURLY;INTERVAL=2"],"time_zone":"US/Central"},"retention":{"days":30},
                 "inclusions":[{"type":"folder","path":"/web/"},{"type":"file","path":"/etc/web/app.conf"}],
                 "exclusions":[{"type":"folder","path":"/web/cache/"},{"type":"file","path":"/web/cache.jpg"}],
                 "notifications":[{"type":"email","destination":"email@example.com","on_success":true,"on_failure":true}]}
                """
            let created = try await session.call("POST", "/configurations", body: body)
            #expect(created.status == 201)
            let id = try #require(created.json["id"] as? String)
            #expect(created.header("Location") == session.endpoint + "/configurations/" + id)
            #expect(created.json["deleted"] as? Bool == false)
            #expect((created.json["schedule"] as? [String: Any])?["start"] is String)
            let backups = try #require(created.json["backups"] as? [String: Any])
            #expect(backups["last_completed"] is NSNull)
            #expect((backups["next"] as? [String: Any])?["scheduled_time"] is String)
            #expect(created.items("links").map { $0["rel"] as? String } == ["self", "activities", "events"])

            let list = try await session.call("GET", "/configurations")
            let item = try #require(list.items("configurations").first { $0["id"] as? String == id })
            #expect(item["inclusions"] == nil && item["deleted"] == nil)
            #expect((item["links"] as? [[String: Any]])?.first?["rel"] as? String == "full")
            #expect(list.json["links"] == nil)
        }
    }

    @Test func theDocumentedRulesAreEnforcedWith400() async throws {
        try await EmulatorSession.with { session in
            func create(
                _ inclusions: String, _ exclusions: String,
                recurrence: String = #"["RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=14;BYMINUTE=0"]"#, onFailure: Bool = true
            ) async throws -> TestResponse {
                let body = """
                    {"agent_id":"\(Seeded.web01)","name":"x","enabled":true,
                     "schedule":{"recurrence":\(recurrence),"time_zone":"US/Central"},"retention":{"days":0},
                     "inclusions":\(inclusions),"exclusions":\(exclusions),
                     "notifications":[{"type":"email","destination":"a@example.com","on_success":true,"on_failure":\(onFailure)}]}
                    """
                return try await session.call("POST", "/configurations", body: body)
            }
            let folder = #"[{"type":"folder","path":"/etc/"}]"#
            #expect(try await create(folder, "[]").status == 201)
            let cases = [
                try await create(#"[{"type":"folder","path":"/etc/"},{"type":"folder","path":"/etc/"}]"#, "[]"),
                try await create(#"[{"type":"folder","path":"/etc/"},{"type":"file","path":"/etc/hosts"}]"#, "[]"),
                try await create(folder, #"[{"type":"folder","path":"/var/"}]"#),
                try await create(folder, #"[{"type":"folder","path":"/etc/"}]"#),
                try await create(folder, "[]", recurrence: #"["RRULE:FREQ=HOURLY;INTERVAL=2","RRULE:FREQ=DAILY"]"#),
                try await create(folder, "[]", onFailure: false),
                try await create(#"[{"type":"disk","path":"/"}]"#, "[]"),
            ]
            for response in cases {
                #expect(response.status == 400, "\(response.text)")
                #expect(response.message == "Validation failed.")
                #expect((response.json["errors"] as? [String])?.isEmpty == false)
            }
            #expect(try await session.call("POST", "/configurations", body: "{").status == 400)
        }
    }

    @Test func patchingAndSoftDeleting() async throws {
        try await EmulatorSession.with { session in
            let id = try await session.createConfiguration(agentID: Seeded.web02)
            let path = "/configurations/" + id
            #expect(
                try await session.patch(
                    path,
                    #"[{"op":"replace","path":"/name","value":"Renamed"},{"op":"replace","path":"/retention/days","value":7}]"#
                ).status == 204)
            let patched = try await session.call("GET", path)
            #expect(patched.json["name"] as? String == "Renamed")
            #expect((patched.json["retention"] as? [String: Any])?["days"] as? Int == 7)
            #expect(try await session.patch(path, #"[{"op":"replace","path":"/inclusions","value":[]}]"#).status == 400)
            #expect(try await session.patch(path, #"[{"op":"add","path":"/name","value":"x"}]"#).status == 400)
            #expect(try await session.patch(path, #"[{"op":"replace","path":"/agent_id","value":"x"}]"#).status == 400)

            #expect(try await session.call("DELETE", path).status == 204)
            let deleted = try await session.call("GET", path)
            #expect(deleted.status == 200)
            #expect(deleted.json["deleted"] as? Bool == true)
            #expect(
                !(try await session.call("GET", "/configurations")).items("configurations").contains {
                    $0["id"] as? String == id
                })
            let agentSettings = try await session.call("GET", "/agents/\(Seeded.web02)/configuration")
            #expect(!agentSettings.items("configurations").contains { $0["id"] as? String == id })
            #expect(try await session.call("DELETE", path).status == 404)
            #expect(try await session.call("GET", "/configurations/nope").status == 404)
        }
    }

    @Test func restorableFiltersOnConfigurationsWithRestorableBackups() async throws {
        try await EmulatorSession.with { session in
            let fresh = try await session.createConfiguration(agentID: Seeded.web01)
            let restorable = try await session.call("GET", "/configurations?restorable=true")
            let ids = restorable.items("configurations").compactMap { $0["id"] as? String }
            // Every seeded configuration but the one that never ran.
            #expect(ids.count == 10)
            #expect(!ids.contains(fresh))
        }
    }
}
