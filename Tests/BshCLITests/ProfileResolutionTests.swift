@testable import BshCLI
import CloudBackupAPI
import Foundation
import Testing

/// Which profile is used, and how its keys rank below the flags and the environment.
@Suite("Resolving access with profiles")
struct ProfileResolutionTests {
    static let config = """
        default_profile = "prod"
        [profile.prod]
        username = "ops"
        region = "dfw"
        api_key_command = "printf '  key-from-command\\\\n'"
        [profile.staging]
        username = "ops-staging"
        identity_url = "https://identity.example.com/v2.0"
        password = "staging-password"
        [profile.direct]
        endpoint = "https://ord.backup.example.com/v2/123"
        token_command = "echo direct-token"
        """

    func resolve(_ flags: AccessSettings.Flags = .init(), _ environment: [String: String] = [:], profile: String? = nil)
        throws -> AccessSources.Resolved
    {
        var result: AccessSources.Resolved?
        try withConfig(Self.config) { directory, _ in
            let sources = AccessSources(flags: flags, environment: environment.merging(["XDG_CONFIG_HOME": directory]) { a, _ in a })
            result = try sources.resolve(profile: profile)
        }
        return try #require(result)
    }

    @Test func theDefaultProfileIsUsedWithItsCommandsOutputTrimmed() throws {
        let resolved = try resolve()
        #expect(resolved.profile == "prod")
        #expect(resolved.settings == .service(.identity(
            url: AccessSettings.defaultIdentityURL, credentials: .apiKey(username: "ops", apiKey: Secret("key-from-command")), region: "DFW")))
    }

    @Test func theFlagWinsOverBSHProfileWhichWinsOverTheDefault() throws {
        #expect(try resolve(.init(), ["BSH_PROFILE": "staging"]).profile == "staging")
        #expect(try resolve(.init(profile: "direct"), ["BSH_PROFILE": "staging"]).profile == "direct")
        #expect(try resolve(.init(profile: "direct")).settings
            == .service(.direct(endpoint: "https://ord.backup.example.com/v2/123", token: Secret("direct-token"))))
    }

    @Test func flagsAndEnvironmentWinOverTheProfileKeyByKey() throws {
        let resolved = try resolve(.init(region: "syd"), ["RAX_USERNAME": "env-user", "BSH_PROFILE": "staging"])
        #expect(resolved.settings == .service(.identity(
            url: "https://identity.example.com/v2.0", credentials: .password(username: "env-user", password: Secret("staging-password")),
            region: "SYD")))
    }

    @Test func aCredentialCommandRunsOnlyWhenItsSecretIsTheOneUsed() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-ran-\(UUID().uuidString)").path
        defer { unlink(marker) }
        let text = "[profile.p]\nusername = \"u\"\napi_key_command = \"touch \(marker); echo k\"\n"
        try withConfig(text) { directory, _ in
            let environment = ["XDG_CONFIG_HOME": directory, "BSH_PROFILE": "p", "RAX_API_KEY": "env-key"]
            let resolved = try AccessSources(flags: .init(), environment: environment).resolve()
            #expect(resolved.settings == .service(.identity(
                url: AccessSettings.defaultIdentityURL, credentials: .apiKey(username: "u", apiKey: Secret("env-key")), region: nil)))
            #expect(!FileManager.default.fileExists(atPath: marker))
            _ = try AccessSources(flags: .init(), environment: ["XDG_CONFIG_HOME": directory, "BSH_PROFILE": "p"]).resolve()
            #expect(FileManager.default.fileExists(atPath: marker))
        }
    }

    @Test(arguments: [
        ("echo SECRET-OUTPUT; exit 3", "api_key_command of profile p exited with status 3 (its output is not shown)"),
        ("printf ''", "api_key_command of profile p printed nothing"),
        ("kill -9 $$", "api_key_command of profile p was ended by signal 9 (its output is not shown)"),
    ])
    func aFailingCredentialCommandNamesTheProfileAndKeyNotItsOutput(command: String, message: String) throws {
        let text = "[profile.p]\nusername = \"u\"\napi_key_command = \"\(command)\"\n"
        try withConfig(text) { directory, _ in
            let error = #expect(throws: UsageError.self) {
                try AccessSources(flags: .init(profile: "p"), environment: ["XDG_CONFIG_HOME": directory]).resolve()
            }
            #expect(error?.message == message)
            #expect(error?.status == .failure)
        }
    }

    @Test func anUnknownProfileIsNamedWithTheOnesThereAre() throws {
        let error = #expect(throws: UsageError.self) { try resolve(.init(profile: "prdo")) }
        #expect(error?.message.hasPrefix("--profile names profile 'prdo', which ") == true)
        #expect(error?.message.hasSuffix("does not have; its profiles are direct, prod, staging") == true)
        let none = #expect(throws: UsageError.self) {
            try AccessSources(flags: .init(), environment: ["XDG_CONFIG_HOME": "/nonexistent", "BSH_PROFILE": "x"]).resolve()
        }
        #expect(none?.message == "BSH_PROFILE names profile 'x', but there is no config file at /nonexistent/bsh/config.toml")
    }

    @Test func theHistoryRefusesTheSecretsOfAProfileSwitchedToLater() {
        let admission = HistoryAdmission(secrets: ["first-key"])
        #expect(admission.admits("echo later-key"))
        admission.secretsInUse.add(["later-key", ""])
        #expect(!admission.admits("echo later-key") && !admission.admits("echo first-key"))
        #expect(admission.admits("echo nothing secret"))
    }

    @Test func theEmulatorFlagLeavesTheConfigFileAlone() throws {
        let resolved = try AccessSources(flags: .init(forceEmulator: true), environment: ["BSH_CONFIG": "/nonexistent.toml"]).resolve()
        #expect(resolved.settings == .emulator(reason: "--emulator"))
    }
}
