import CloudBackupAPI
import CloudBackupEmulator
import Testing

/// Which requests the `/v2` middleware sees, and in which order its checks run.
@Suite("Service middleware")
struct MiddlewareTests {
    @Test func identityAndDownloadsTakeNoServiceFaultsAndAreNotCounted() async throws {
        try await EmulatorSession.with { session in
            let counted = await session.emulator.requestCount()
            await session.emulator.enqueueFaults([.status(503)])

            let token = try await EmulatorSession.authenticate(session.emulator)
            #expect(!token.isEmpty)
            let body = #"{"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"demo-api-key"}}}"#
            let faulted = try await EmulatorSession.send(
                "POST", session.emulator.identityURL + "/tokens", body: body,
                headers: [("X-Emulator-Fault", "status=500")])
            #expect(faulted.status == 200)
            let object = session.emulator.baseURL + "/v1/MossoCloudFS_f14d894e-28cd-4f31-8b08-449ec0876346/"
                + "CloudBackupLogs/v2/\(Seeded.web01)/none.gz"
            let missing = try await session.fetch(object)
            #expect(missing.status == 404)
            #expect(missing.text.hasPrefix("404 Not Found"))
            #expect(await session.emulator.requestCount() == counted)

            #expect(try await session.call("GET", "/agents").status == 503)
            #expect(await session.emulator.requestCount() == counted + 1)
        }
    }

    @Test func faultsComeFirstThenTheTokenThenTheProjectThenThePath() async throws {
        try await EmulatorSession.with { session in
            let other = session.emulator.baseURL + "/v2/999999/nothing"
            let unknownProject = session.emulator.baseURL + "/v2/not-a-project/agents"
            let token = [("X-Auth-Token", session.token)]
            await session.emulator.enqueueFaults([.status(500)])
            var statuses: [Int] = []
            statuses.append(try await EmulatorSession.send("GET", other).status)
            statuses.append(try await EmulatorSession.send("GET", other).status)
            statuses.append(try await EmulatorSession.send("GET", other, headers: token).status)
            statuses.append(try await EmulatorSession.send("GET", unknownProject, headers: token).status)
            statuses.append(try await session.call("GET", "/nothing", token: .some(nil)).status)
            statuses.append(try await session.call("GET", "/nothing").status)
            statuses.append(try await session.call("PUT", "/agents", body: "{}").status)
            // The agent login alone needs no token; its body is checked past the middleware.
            statuses.append(try await session.call("POST", "/agents/tokens", body: "{}", token: .some(nil)).status)
            #expect(statuses == [500, 401, 403, 404, 401, 404, 405, 400])
            #expect(await session.emulator.requestCount() == statuses.count)
        }
    }
}
