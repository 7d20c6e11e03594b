import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Agent registration, updates, status, settings and tokens")
struct AgentAdminTests {
    static let registration = """
        {"name":"Web Server","version":"1.23.008344",
         "host":{"flavor":"nova","region":"DFW","machine":{"id":"55f83711-85ff-49d6-9a1a-58c67d452c6a"},
                 "os":{"name":"Ubuntu","version":"14.04","architecture":"64-bit"},
                 "fingerprint":"arbitrary-string-determined-by-agent",
                 "addresses":[{"version":4,"addr":"67.23.10.132"},{"version":6,"addr":"::babe:4317:0A83"}]},
         "rsa_public_key":{"modulus":"E14F9A88","exponent":10001},"vault":{"use_internal":true}}
        """

    @Test func registeringReturnsThePasswordWhichLogsTheAgentIn() async throws {
        try await EmulatorSession.with { session in
            let created = try await session.call("POST", "/agents", body: Self.registration)
            #expect(created.status == 201)
            let id = try #require(created.json["id"] as? String)
            #expect(created.header("Location") == session.endpoint + "/agents/" + id)
            let password = try #require(created.json["password"] as? String)
            let vault = created.json["vault"] as? [String: Any]
            #expect(vault?["state"] as? String == "created")
            #expect(created.json["log_level"] as? String == "info")
            #expect(try await session.call("GET", "/agents/" + id).json["password"] == nil)

            func login(_ password: String, _ fingerprint: String) async throws -> TestResponse {
                let body = """
                    {"project_id":"123456","id":"\(id)","password":"\(password)","name":"Web Server","version":"1.23.008344",
                     "host":{"os":{"name":"Ubuntu","version":"14.04","architecture":"64-bit"},
                             "fingerprint":"\(fingerprint)","addresses":[]}}
                    """
                return try await session.call("POST", "/agents/tokens", body: body, token: .some(nil))
            }
            let token = try await login(password, "arbitrary-string-determined-by-agent")
            #expect(token.status == 200)
            let tokenID = try #require((token.json["token"] as? [String: Any])?["id"] as? String)
            #expect(try await session.call("GET", "/agents", token: .some(tokenID)).status == 200)
            #expect(try await login(password, "another-host").status == 409)
            #expect(try await login("wrong", "arbitrary-string-determined-by-agent").status == 401)
            #expect(try await session.call("POST", "/agents", body: #"{"name":"x"}"#).status == 400)
        }
    }

    @Test func aSeededAgentLogsInWithItsCredentials() async throws {
        try await EmulatorSession.with { session in
            let credentials = try #require(await session.emulator.agentCredentials(Seeded.web01))
            let body = """
                {"project_id":"123456","id":"\(Seeded.web01)","password":"\(credentials.password)","name":"web01",
                 "version":"1","host":{"os":{"name":"Ubuntu","version":"14.04","architecture":"64-bit"},
                 "fingerprint":"\(credentials.fingerprint)","addresses":[]}}
                """
            let token = try await session.call("POST", "/agents/tokens", body: body, token: .some(nil))
            #expect(token.status == 200)
            #expect((token.json["token"] as? [String: Any])?["expires"] is String)
        }
    }

    @Test func patchingChangesOnlyTheDocumentedFields() async throws {
        try await EmulatorSession.with { session in
            let path = "/agents/" + Seeded.web02
            #expect(
                try await session.patch(
                    path,
                    #"[{"op":"replace","path":"/log-level","value":"debug"},{"op":"add","path":"/enabled","value":false}]"#
                ).status == 204)
            let agent = try await session.call("GET", path)
            #expect(agent.json["log_level"] as? String == "debug")
            #expect(agent.json["enabled"] as? Bool == false)
            let settings = try await session.call("GET", path + "/configuration")
            let logging = (settings.json["system_preferences"] as? [String: Any])?["logging"] as? [String: Any]
            #expect(logging?["level"] as? String == "debug")
            #expect(try await session.patch(path, #"[{"op":"replace","path":"/name","value":"x"}]"#).status == 400)
            #expect(
                try await session.patch(path, #"[{"op":"replace","path":"/log_level","value":"loud"}]"#).status == 400)
            // The seeded history left data in the vault.
            let region = try await session.patch(path, #"[{"op":"replace","path":"/vault/region","value":"IAD"}]"#)
            #expect(region.status == 403)
            #expect(region.message == "The vault property (region) cannot be updated, reason: vault is not empty.")
            let created = try await session.call("POST", "/agents", body: Self.registration)
            let fresh = try #require(created.json["id"] as? String)
            #expect(
                try await session.patch("/agents/" + fresh, #"[{"op":"replace","path":"/vault/region","value":"IAD"}]"#)
                    .status == 204)
            #expect(
                try await session.patch("/agents/nope", #"[{"op":"replace","path":"/enabled","value":true}]"#).status
                    == 404)
        }
    }

    @Test func statusSettingsAndConfigurationsDescribeTheAgent() async throws {
        try await EmulatorSession.with { session in
            let online = try await session.call("GET", "/agents/\(Seeded.web01)/status")
            #expect(online.json["online"] as? Bool == true)
            #expect(online.json["busy"] as? Bool == false)
            #expect(try await session.call("GET", "/agents/\(Seeded.db02)/status").json["online"] as? Bool == false)

            let configurationID = try await session.createConfiguration(
                agentID: Seeded.web01,
                schedule: #"{"recurrence":["RRULE:FREQ=HOURLY;INTERVAL=2"],"time_zone":"US/Central"}"#)
            let settings = try await session.call("GET", "/agents/\(Seeded.web01)/configuration")
            let items = settings.items("configurations")
            let item = try #require(items.first { $0["id"] as? String == configurationID })
            #expect((item["times"] as? [String])?.count == 3)
            #expect(item["vault_id"] is String)
            #expect(settings.items("vaults").count == 1)
            let list = try await session.call("GET", "/agents/\(Seeded.web01)/configurations")
            #expect(list.items("configurations").contains { $0["id"] as? String == configurationID })
        }
    }

    @Test func deletingAnAgentRemovesWhatDependsOnIt() async throws {
        try await EmulatorSession.with { session in
            let configurationID = try await session.createConfiguration(agentID: Seeded.mail01)
            #expect(try await session.call("DELETE", "/agents/" + Seeded.mail01).status == 204)
            #expect(try await session.call("GET", "/agents/" + Seeded.mail01).status == 404)
            #expect(try await session.call("GET", "/configurations/" + configurationID).status == 404)
            let backups = try await session.call("GET", "/backups")
            #expect(
                !backups.items("backups").contains {
                    ($0["agent"] as? [String: Any])?["id"] as? String == Seeded.mail01
                })
            #expect(try await session.call("DELETE", "/agents/" + Seeded.mail01).status == 404)
        }
    }
}
