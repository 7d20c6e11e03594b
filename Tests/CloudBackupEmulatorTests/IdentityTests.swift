import CloudBackupAPI
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Identity v2.0 tokens")
struct IdentityTests {
    private func tokens(_ emulator: Emulator, _ body: String) async throws -> TestResponse {
        try await EmulatorSession.send("POST", emulator.identityURL + "/tokens", body: body)
    }

    @Test func apiKeyCredentialsGetATokenAndTheCatalog() async throws {
        try await withEmulator(.init(timeScale: 0.01)) { emulator in
            let response = try await tokens(
                emulator, #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"demo-api-key"}}}"#)
            #expect(response.status == 200)
            let access = try response.decode(AccessResponse.self).access

            #expect(access.token.id.revealed.range(of: "^[0-9a-f]{32}$", options: .regularExpression) != nil)
            #expect(
                access.token.expires.range(
                    of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil)
            #expect(access.token.tenant?.id == "123456")
            #expect(access.token.authenticatedBy == ["APIKEY"])
            #expect(access.user?.name == "demo")
            #expect(access.user?.defaultRegion == "DFW")
            #expect(access.user?.roles?.contains { $0.name == "cloudbackup:admin" } == true)

            let backup = try #require(access.serviceCatalog.first { $0.type == "rax:backup" })
            #expect(backup.name == "cloudBackup")
            #expect(Set(backup.endpoints.compactMap(\.region)) == ["DFW", "ORD", "IAD", "HKG", "SYD", "LON"])
            #expect(backup.endpoints.count == 6)
            #expect(backup.endpoints.allSatisfy { $0.publicURL == emulator.endpointURL && $0.tenantId == "123456" })
            #expect(emulator.endpointURL == emulator.baseURL + "/v2/123456")
            let otherTypes = Set(access.serviceCatalog.map(\.type))
            #expect(otherTypes.isSuperset(of: ["object-store", "compute"]))
        }
    }

    @Test func passwordCredentialsAreAcceptedToo() async throws {
        try await withEmulator(.init(timeScale: 0.01)) { emulator in
            let response = try await tokens(
                emulator, #"{"auth":{"passwordCredentials":{"username":"demo","password":"demo-password"}}}"#)
            #expect(response.status == 200)
            #expect(try response.decode(AccessResponse.self).access.token.authenticatedBy == ["PASSWORD"])
        }
    }

    @Test(arguments: [
        #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"wrong"}}}"#,
        #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"mallory","apiKey":"demo-api-key"}}}"#,
        #"{"auth":{"passwordCredentials":{"username":"demo","password":"demo-api-key"}}}"#,
    ])
    func wrongCredentialsAre401InIdentitysShape(body: String) async throws {
        try await withEmulator(.init(timeScale: 0.01)) { emulator in
            let response = try await tokens(emulator, body)
            #expect(response.status == 401)
            let error = try #require(response.json["unauthorized"] as? [String: Any])
            #expect(error["code"] as? Int == 401)
            #expect(error["message"] as? String == "Unable to authenticate user with credentials provided.")
        }
    }

    @Test(arguments: [#"{"auth":"#, "", #"{"auth":{}}"#, #"{"credentials":{"username":"demo"}}"#])
    func unparsableBodiesAre400InIdentitysShape(body: String) async throws {
        try await withEmulator(.init(timeScale: 0.01)) { emulator in
            let response = try await tokens(emulator, body)
            #expect(response.status == 400)
            let error = try #require(response.json["badRequest"] as? [String: Any])
            #expect(error["code"] as? Int == 400)
            #expect(
                error["message"] as? String
                    == "Invalid request body: unable to parse Auth data. Please review XML or JSON formatting")
            #expect(await emulator.identityRequestCount() == 1)
        }
    }

    @Test func expiryFollowsTheConfiguredLifetime() async throws {
        try await withEmulator(.init(timeScale: 0.01, tokenLifetime: .seconds(7_200))) { emulator in
            let response = try await tokens(
                emulator, #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"demo-api-key"}}}"#)
            let expires = try response.decode(AccessResponse.self).access.token.expires
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            let date = try #require(formatter.date(from: expires))
            #expect(abs(date.timeIntervalSinceNow - 7_200) < 60)
        }
    }

    @Test func anExpiredTokenIsRefused() async throws {
        // Long enough for the first call on a busy machine; then the test waits out the token's life.
        try await EmulatorSession.with(tokenLifetime: .milliseconds(1500)) { session in
            #expect(try await session.call("GET", "/agents").status == 200)
            try await Task.sleep(for: .milliseconds(1600))
            let response = try await session.call("GET", "/agents")
            #expect(response.status == 401)
            #expect(response.message?.isEmpty == false)
        }
    }
}
