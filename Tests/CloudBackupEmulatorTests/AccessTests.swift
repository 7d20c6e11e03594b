import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Tokens, projects and routing below /v2")
struct AccessTests {
    @Test func requestsWithoutAValidTokenAre401WithAMessage() async throws {
        try await EmulatorSession.with { session in
            let missing = try await session.call("GET", "/agents", token: .some(nil))
            #expect(missing.status == 401)
            #expect(missing.message?.isEmpty == false)
            #expect(missing.header("Content-Type") == "application/json")

            let wrong = try await session.call("GET", "/agents", token: "0123456789abcdef0123456789abcdef")
            #expect(wrong.status == 401)
            #expect(wrong.message?.isEmpty == false)

            #expect(try await session.call("GET", "/agents").status == 200)
        }
    }

    @Test func revokedTokensAre401UntilANewOneIsIssued() async throws {
        try await EmulatorSession.with { session in
            #expect(try await session.call("GET", "/agents").status == 200)
            await session.emulator.revokeAllTokens()
            let revoked = try await session.call("GET", "/agents")
            #expect(revoked.status == 401)
            #expect(revoked.message != nil)
            let fresh = try await EmulatorSession.authenticate(session.emulator)
            #expect(try await session.call("GET", "/agents", token: fresh).status == 200)
        }
    }

    @Test func anotherProjectIsForbiddenAndAPathWithoutOneIsNotFound() async throws {
        try await EmulatorSession.with { session in
            let base = session.emulator.baseURL
            let headers = [("X-Auth-Token", session.token)]
            let other = try await EmulatorSession.send("GET", base + "/v2/654321/agents", headers: headers)
            #expect(other.status == 403)
            #expect(other.message?.contains("654321") == true)
            let bare = try await EmulatorSession.send("GET", base + "/v2/agents", headers: headers)
            #expect(bare.status == 404)
            #expect(bare.message != nil)
        }
    }

    @Test func aJSONSuffixIsStrippedAndXMLIsNotImplemented() async throws {
        try await EmulatorSession.with { session in
            let plain = try await session.call("GET", "/agents/\(Seeded.web01)")
            let suffixed = try await session.call("GET", "/agents/\(Seeded.web01).json")
            #expect(suffixed.status == 200)
            #expect(try suffixed.decode(Agent.self) == plain.decode(Agent.self))

            let accept = try await session.call("GET", "/agents", headers: [("Accept", "application/xml")])
            #expect(accept.status == 501)
            #expect(accept.message?.isEmpty == false)
            let suffix = try await session.call("GET", "/agents.xml")
            #expect(suffix.status == 501)
            #expect(try await session.call("GET", "/agents", headers: [("Accept", "application/json")]).status == 200)
        }
    }

    @Test func aWrongMethodIs405AndAnUnknownPathIs404() async throws {
        try await EmulatorSession.with { session in
            let wrong = try await session.call("PUT", "/agents", body: "{}")
            #expect(wrong.status == 405)
            #expect(wrong.header("Allow") == "GET, POST")
            #expect(wrong.message?.isEmpty == false)

            let unknown = try await session.call("GET", "/agents/\(Seeded.web01)/nothing-here")
            #expect(unknown.status == 404)
            #expect(unknown.message == "Resource not found.")
        }
    }

    @Test func malformedJSONIs400WithMessageAndErrors() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call(
                "POST", "/agents/\(Seeded.web01)/browse-requests", body: #"{"path": "/"#)
            #expect(response.status == 400)
            #expect(response.message?.isEmpty == false)
            #expect((response.json["errors"] as? [String])?.isEmpty == false)

            let missing = try await session.call(
                "POST", "/agents/\(Seeded.web01)/browse-requests", body: #"{"dir": "/"}"#)
            #expect(missing.status == 400)
            #expect((missing.json["errors"] as? [String])?.contains { $0.contains("path") } == true)
        }
    }

    @Test func requestsAreCountedPerOperation() async throws {
        try await EmulatorSession.with { session in
            _ = try await session.call("GET", "/agents")
            _ = try await session.call("GET", "/agents", token: .some(nil))
            _ = try await session.call("GET", "/agents/\(Seeded.db01)")
            _ = try await session.call("GET", "/no-such-thing")
            #expect(await session.emulator.requestCount(.listAgents) == 2)
            #expect(await session.emulator.requestCount(.getAgent) == 1)
            #expect(await session.emulator.requestCount(.createAgentBrowseRequest) == 0)
            #expect(await session.emulator.requestCount() == 4)
        }
    }
}
