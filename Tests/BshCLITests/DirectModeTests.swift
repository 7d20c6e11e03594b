import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

/// `BSH_ENDPOINT` with `BSH_TOKEN`: no identity call, the token used as it is.
@Suite("Direct endpoint and token end to end")
struct DirectModeTests {
    @Test func aDirectEndpointAndTokenReachTheServiceAndABadTokenStaysSecret() async throws {
        try await TestEmulator.with { emulator in
            let transport = AsyncHTTPTransport()
            let client = CloudBackupClient(
                configuration: ClientConfiguration(access: .identity(
                    url: emulator.identityURL,
                    credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                    region: nil)),
                transport: transport)
            let token = try await client.session().token.revealed
            await transport.shutdown()

            let good = try await BshProcess.run(
                ["-c", "agents"],
                environment: BshProcess.cleanEnvironment(["BSH_ENDPOINT": emulator.endpointURL, "BSH_TOKEN": token]))
            #expect(good.status == 0, "stderr: \(good.stderr)")
            #expect(good.stdout.contains("web01"))
            #expect(good.stderr.isEmpty)

            let bad = try await BshProcess.run(
                ["-c", "agents"],
                environment: BshProcess.cleanEnvironment(["BSH_ENDPOINT": emulator.endpointURL, "BSH_TOKEN": "forged-token-42"]))
            #expect(bad.status == 1)
            #expect(bad.stderr.contains("401"))
            #expect(!bad.stderr.contains("forged-token-42"))
        }
    }

    @Test func aTokenWithoutAnEndpointIsAUsageError() async throws {
        let result = try await BshProcess.run(["-c", "agents"], environment: BshProcess.cleanEnvironment(["BSH_TOKEN": "t"]))
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs an endpoint"))
    }
}
