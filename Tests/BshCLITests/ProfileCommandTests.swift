import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Foundation
import Testing

/// Profiles end to end: `bsh` run with a config file against an emulator over loopback, `whoami`,
/// `region` and `profile` at work, and the config file's mistakes and their exit statuses.
@Suite("Profiles, whoami, region and agent here end to end")
struct ProfileCommandTests {
    /// A config file whose profiles sign in to `emulator`.
    static func config(for emulator: Emulator) -> String {
        """
        default_profile = "demo"
        [profile.demo]
        username = "\(EmulatorConfiguration.demoUsername)"
        identity_url = "\(emulator.identityURL)"
        api_key_command = "echo \(EmulatorConfiguration.demoAPIKey)"
        region = "ORD"
        [profile.passworded]
        username = "\(EmulatorConfiguration.demoUsername)"
        identity_url = "\(emulator.identityURL)"
        password = "\(EmulatorConfiguration.demoPassword)"
        region = "IAD"
        """
    }

    func run(_ script: String, config: String, mode: mode_t = 0o600, environment: [String: String] = [:]) async throws -> ProcessResult {
        let directory = try ConfigDirectory(config, mode: mode)
        defer { directory.remove() }
        let environment = environment.merging(["XDG_CONFIG_HOME": directory.path]) { a, _ in a }
        return try await BshProcess.run(["-c", script], environment: BshProcess.cleanEnvironment(environment))
    }

    @Test func whoamiShowsTheProfileUserRegionAndEndpointButNeverTheToken() async throws {
        try await TestEmulator.with { emulator in
            let result = try await run("whoami", config: Self.config(for: emulator))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
            #expect(lines.contains(["profile", "demo"]))
            #expect(lines.contains(["user", EmulatorConfiguration.demoUsername]))
            #expect(lines.contains(["region", "ORD"]))
            #expect(lines.contains(["endpoint", emulator.endpointURL]))
            #expect(lines.contains(["mode", "identity"]))
            #expect(lines.contains { $0.first == "token_expires" && $0.last?.hasSuffix("Z") == true })
            let token = try await Self.token(from: emulator)
            #expect(!result.stdout.contains(token) && !result.stderr.contains(token))
            #expect(!result.stdout.contains(EmulatorConfiguration.demoAPIKey))
        }
    }

    @Test func regionAndProfileSwitchAndForgetTheAgentOfThePlaceLeft() async throws {
        try await TestEmulator.with { emulator in
            let script = """
                agent web01
                region syd
                expect (whoami).region == "SYD" "the region switched"
                try { agent } catch e { echo "after region: ${e.message}" }
                profile passworded
                let me = whoami
                echo "${me.profile} ${me.region} ${me.user}"
                profile
                """
            let result = try await run(script, config: Self.config(for: emulator))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stdout.contains("after region: no agent selected"))
            #expect(result.stdout.contains("passworded IAD \(EmulatorConfiguration.demoUsername)"))
            #expect(result.stderr.contains("now profile demo, user demo, region SYD at \(emulator.endpointURL)"))
            #expect(result.stdout.contains("passworded  demo  IAD     true"))
            #expect(!result.stdout.contains(EmulatorConfiguration.demoPassword) && !result.stderr.contains(EmulatorConfiguration.demoPassword))
        }
    }

    @Test func aRegionTheCatalogLacksFailsAndTheOldConnectionStays() async throws {
        try await TestEmulator.with { emulator in
            let result = try await run("on error continue; region MARS; let me = whoami; echo $me.region", config: Self.config(for: emulator))
            #expect(result.status == 1)
            #expect(result.stderr.contains("no Cloud Backup endpoint in region MARS; the catalog offers DFW, ORD, IAD, HKG, SYD, LON"))
            #expect(result.stdout == "ORD\n")
        }
    }

    @Test func withAnEndpointAndTokenWhoamiHasNoUserAndTheRegionCannotSwitch() async throws {
        try await TestEmulator.with { emulator in
            let token = try await Self.token(from: emulator)
            let environment = BshProcess.cleanEnvironment(["BSH_ENDPOINT": emulator.endpointURL, "BSH_TOKEN": token])
            let whoami = try await BshProcess.run(["--json", "-c", "whoami"], environment: environment)
            #expect(whoami.status == 0, "stderr: \(whoami.stderr)")
            let record = try JSONSerialization.jsonObject(with: Data(whoami.stdout.utf8)) as? [String: Any]
            #expect(record?["mode"] as? String == "token")
            #expect(record?["user"] is NSNull)
            #expect(record?["endpoint"] as? String == emulator.endpointURL)
            #expect(!whoami.stdout.contains(token))
            let region = try await BshProcess.run(["-c", "region ORD"], environment: environment)
            #expect(region.status == 2)
            #expect(region.stderr.contains("the region comes with the endpoint given"))
        }
    }

    @Test func aProfilesOutputOfNDJSONPrintsJSON() async throws {
        try await TestEmulator.with { emulator in
            let config = Self.config(for: emulator).replacingOccurrences(of: "region = \"ORD\"", with: "region = \"ORD\"\noutput = \"ndjson\"")
            let result = try await run("whoami", config: config)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            let record = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(record?["profile"] as? String == "demo")
        }
    }

    @Test func anUnknownProfileAtThePromptIsAUsageError() async throws {
        try await TestEmulator.with { emulator in
            let result = try await run("profile nope", config: Self.config(for: emulator))
            #expect(result.status == 2)
            #expect(result.stderr.contains("profile names profile 'nope', which"))
            #expect(result.stderr.contains("its profiles are demo, passworded"))
        }
    }

    @Test func badTOMLStopsBshWithItsPlaceAndStatus2() async throws {
        let result = try await run("echo never", config: "default_profile = \"demo\"\n[profile.demo\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.range(of: #"^bsh: /.*/bsh/config\.toml:2:14: .+\n$"#, options: .regularExpression) != nil, "\(result.stderr)")
    }

    @Test func aReadableFileWithAnInlineSecretIsRefusedWithTheChmodToRun() async throws {
        let directory = try ConfigDirectory("[profile.p]\nusername = \"u\"\napi_key = \"SECRET-KEY-1\"\n", mode: 0o644)
        defer { directory.remove() }
        let result = try await BshProcess.run(["-c", "echo never"], environment: BshProcess.cleanEnvironment(["XDG_CONFIG_HOME": directory.path]))
        #expect(result.status == 2)
        #expect(result.stderr.hasSuffix("run: chmod 600 \(directory.file)\n"))
        #expect(!result.stderr.contains("SECRET-KEY-1"))
    }

    @Test func aFailingCredentialCommandIsAFailureNamingTheProfileAndKey() async throws {
        let config = "default_profile = \"p\"\n[profile.p]\nusername = \"u\"\npassword_command = \"echo SECRET-OUT; false\"\n"
        let result = try await run("echo never", config: config)
        #expect(result.status == 1)
        #expect(result.stderr == "bsh: password_command of profile p exited with status 1 (its output is not shown)\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func agentHereSelectsTheAgentOfTheBootstrapFile() async throws {
        let bootstrap = FileManager.default.temporaryDirectory.appendingPathComponent("bootstrap-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: bootstrap) }
        // The shape the agent writes: its ID among the keys bsh does not read.
        try #"{"AgentId": "8f135b4f-7a69-4b8a-947f-5e80d772fd97", "Username": "demo", "IsRegistered": true, "ApiHostName": "x"}"#
            .write(to: bootstrap, atomically: true, encoding: .utf8)
        let here = try await BshProcess.run(
            ["-c", "agent here; let a = agent; echo $a.name"], environment: BshProcess.cleanEnvironment(["BSH_AGENT_BOOTSTRAP": bootstrap.path]))
        #expect(here.status == 0, "stderr: \(here.stderr)")
        #expect(here.stdout == "web01\n")
        #expect(here.stderr.contains("agent web01 (8f135b4f-7a69-4b8a-947f-5e80d772fd97)"))

        try #"{"AgentId": 4242}"#.write(to: bootstrap, atomically: true, encoding: .utf8)
        let unknown = try await BshProcess.run(
            ["-c", "agent here"], environment: BshProcess.cleanEnvironment(["BSH_AGENT_BOOTSTRAP": bootstrap.path]))
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("this machine's agent 4242 (from \(bootstrap.path)) is not among the project's agents"))
    }

    @Test func agentHereSaysWhenNoAgentIsRegisteredHere() async throws {
        let missing = try await BshProcess.run(
            ["-c", "agent here"], environment: BshProcess.cleanEnvironment(["BSH_AGENT_BOOTSTRAP": "/nonexistent/bootstrap.json"]))
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no Cloud Backup agent is registered on this machine: /nonexistent/bootstrap.json does not exist"))
        let directory = FileManager.default.temporaryDirectory.path
        let unreadable = try await BshProcess.run(
            ["-c", "agent here"], environment: BshProcess.cleanEnvironment(["BSH_AGENT_BOOTSTRAP": directory]))
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("cannot read \(directory): "))
    }

    static func token(from emulator: Emulator) async throws -> String {
        let transport = AsyncHTTPTransport()
        defer { Task { await transport.shutdown() } }
        let client = CloudBackupClient(
            configuration: ClientConfiguration(access: .identity(
                url: emulator.identityURL,
                credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                region: nil)),
            transport: transport)
        return try await client.session().token.revealed
    }
}
