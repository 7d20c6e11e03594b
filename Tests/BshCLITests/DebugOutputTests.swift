import BshTestSupport
import CloudBackupEmulator
import Testing

@Suite("--debug and BSH_DEBUG")
struct DebugOutputTests {
    @Test func everyExchangeIsALineOnStandardErrorWithCredentialsHidden() async throws {
        for (arguments, environment) in [(["--debug"], [:]), ([], ["BSH_DEBUG": "1"])] {
            let result = try await BshProcess.run(
                arguments + ["-c", "agents | count"], environment: BshProcess.cleanEnvironment(environment))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout == "5\n")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.contains { $0.hasPrefix("debug: POST http://127.0.0.1:") && $0.contains("/v2.0/tokens → 200 (") })
            #expect(lines.contains { $0.hasPrefix("debug: GET http://127.0.0.1:") && $0.contains("/v2/123456/agents → 200 (") })
            #expect(lines.contains(#"debug:   > {"auth":{"RAX-KSKEY:apiKeyCredentials":{"apiKey":"***","username":"demo"}}}"#)
                || lines.contains(#"debug:   > {"auth":{"RAX-KSKEY:apiKeyCredentials":{"username":"demo","apiKey":"***"}}}"#))
            #expect(lines.contains("debug:   > X-Auth-Token: ***"))
            #expect(!result.stderr.contains(EmulatorConfiguration.demoAPIKey))
        }
    }

    @Test func withoutItNothingIsSaid() async throws {
        let result = try await BshProcess.run(["-c", "agents | count"], environment: BshProcess.cleanEnvironment(["BSH_DEBUG": "0"]))
        #expect(result.status == 0)
        #expect(!result.stderr.contains("debug:"))
    }

    @Test func aRetryNamesTheStatusAndRetryAfter() async throws {
        try await TestEmulator.with { emulator in
            await emulator.enqueueFaults([.status(503, retryAfterSeconds: 1)])
            let result = try await BshProcess.run([
                "--debug", "--identity-url", emulator.identityURL, "--username", EmulatorConfiguration.demoUsername,
                "-c", "agents | count",
            ], environment: BshProcess.cleanEnvironment(["RAX_API_KEY": EmulatorConfiguration.demoAPIKey]))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            let retry = try #require(lines.firstIndex(of: "debug: retry 1 of GET /agents after 503 (Retry-After 1 s)"))
            #expect(lines[..<retry].last { !$0.hasPrefix("debug:   ") }?.contains("/agents → 503 (") == true, "\(lines)")
            #expect(lines[retry...].contains { $0.contains("/agents → 200 (") })
        }
    }
}
