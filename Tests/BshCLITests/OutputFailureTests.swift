import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Foundation
import Testing

@Suite("Standard output that fails")
struct OutputFailureTests {
    @Test func aFullDiskFailsWithAMessage() async throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try await BshProcess.run(["-c", "echo one; echo two"], standardOutput: full)
        #expect(result.status == 1)
        #expect(result.stderr == "bsh: cannot write to standard output: no space left on device\n")
    }

    @Test func theEmulatorStopsWhenItCannotSayWhereItListens() async throws {
        let result = try await ShellPipeline.run(#"timeout 20 "$BSH_EMULATOR" --port 0 > /dev/full"#)
        #expect(result.status == 1)
        #expect(result.stderr == "bsh-emulator: cannot write to standard output: no space left on device\n")
    }

    @Test func aClosedPipeStopsQuietlyAndSendsNothingMore() async throws {
        try await TestEmulator.with { emulator in
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let environment = BshProcess.cleanEnvironment([
                "RAX_USERNAME": "demo", "RAX_API_KEY": "demo-api-key", "BSH_IDENTITY_URL": emulator.identityURL,
            ])
            let result = try await BshProcess.run(
                ["-c", "agent web01; echo chosen; config create closed-pipe --include /etc; echo created"],
                environment: environment, standardOutput: pipe.fileHandleForWriting)
            #expect(result.status == 141)
            // What came before the closed pipe, and nothing after it.
            #expect(result.stderr == "agent web01 (8f135b4f-7a69-4b8a-947f-5e80d772fd97)\n")

            let transport = AsyncHTTPTransport()
            let client = CloudBackupClient(
                configuration: ClientConfiguration(access: .identity(
                    url: emulator.identityURL,
                    credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                    region: nil)),
                transport: transport)
            let names = try await client.listConfigurations().map(\.name)
            await transport.shutdown()
            #expect(!names.contains("closed-pipe"))
        }
    }

    @Test func aReaderThatLeavesEarlyEndsALongScriptWith141() async throws {
        // `ping` first: once the network is in use, a SIGPIPE no longer ends the process by itself.
        let result = try await ShellPipeline.run(
            #""$BSH" -c 'ping; let i = 0; while $i < 200000 max 300000 { echo $i; set i = $i + 1 }' | head -1; echo "status ${PIPESTATUS[0]}""#)
        #expect(result.stdout.hasSuffix("\nstatus 141\n"), "\(result.stdout)")
        #expect(!result.stderr.contains("interrupted"))
    }
}
