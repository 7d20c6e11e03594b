@testable import BshCLI
import Foundation
import Testing

/// The config file: its profiles read with a TOML parser, its mistakes named with their place, and
/// its permissions checked as ssh checks a private key's.
@Suite("The config file and its profiles")
struct ConfigFileTests {
    static let sample = """
        default_profile = "prod"

        [profile.prod]
        username = "ops"
        region = "DFW"
        identity_url = "https://identity.api.rackspacecloud.com/v2.0"
        api_key_command = "pass show rackspace/api-key"   # the key from a command
        output = "ndjson"

        [profile.staging]
        username = "ops-staging"
        password = "inline-secret"
        """

    @Test func profilesAreReadWithTheirKeys() throws {
        let file = try ConfigFile.parse(Self.sample, path: "config.toml")
        #expect(file.defaultProfile == "prod")
        #expect(file.profiles.map(\.name) == ["prod", "staging"])
        let prod = try #require(file.profile(named: "prod"))
        #expect(prod.username == "ops")
        #expect(prod.region == "DFW")
        #expect(prod.identityURL == "https://identity.api.rackspacecloud.com/v2.0")
        #expect(prod.apiKey == .command("pass show rackspace/api-key"))
        #expect(prod.output == "ndjson")
        #expect(prod.inlineSecretKeys.isEmpty && prod.hasCommand)
        #expect(file.profile(named: "staging")?.password == .inline("inline-secret"))
        #expect(file.profile(named: "staging")?.inlineSecretKeys == ["password"])
    }

    @Test func badTOMLIsReportedWithItsFileLineAndColumn() {
        let error = #expect(throws: UsageError.self) {
            try ConfigFile.parse("default_profile = \"prod\"\n[profile.prod]\nusername = \n", path: "/etc/x/config.toml")
        }
        #expect(error?.message.hasPrefix("/etc/x/config.toml:3:12: ") == true, "\(error?.message ?? "")")
        #expect(error?.status == .usage)
    }

    @Test(arguments: [
        ("[profile.p]\nusrname = \"u\"\n", "unknown key 'usrname' in [profile.p]; the keys are username, region"),
        ("[profile.p]\napi_key = \"k\"\napi_key_command = \"echo k\"\n", "[profile.p] has both api_key and api_key_command; keep one"),
        ("[profile.p]\nregion = 3\n", "region in [profile.p] must be a string, not integer"),
        ("[profile.p]\noutput = \"yaml\"\n", "output in [profile.p] is 'yaml'; it is one of table, json, ndjson, csv"),
        ("default_profle = \"p\"\n", "unknown key 'default_profle'"),
        ("profile = \"p\"\n", "profile must be a table of [profile.NAME] tables"),
    ])
    func mistakesNameTheKey(text: String, message: String) {
        let error = #expect(throws: UsageError.self) { try ConfigFile.parse(text, path: "c.toml") }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test func aFileHoldingASecretThatOthersMayReadIsRefused() throws {
        try withConfig("[profile.p]\nusername = \"u\"\napi_key = \"SECRET-KEY\"\n", mode: 0o644) { directory, path in
            let error = #expect(throws: UsageError.self) { try ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory]) }
            #expect(error?.message == "\(path) holds a secret (api_key in [profile.p]) and is readable by group or others (mode 0644); run: chmod 600 \(path)")
            #expect(error?.message.contains("SECRET-KEY") == false)
            #expect(error?.status == .usage)
            chmod(path, 0o640)
            #expect(throws: UsageError.self) { try ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory]) }
            chmod(path, 0o600)
            let loaded = try ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory])
            #expect(loaded?.profiles.count == 1)
        }
    }

    @Test func aFileWithOnlyCommandsMayBeReadButNotWrittenByOthers() throws {
        try withConfig("[profile.p]\nusername = \"u\"\napi_key_command = \"echo k\"\n", mode: 0o644) { directory, path in
            let loaded = try ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory])
            #expect(loaded?.profiles.count == 1)
            chmod(path, 0o664)
            let error = #expect(throws: UsageError.self) { try ConfigFile.load(environment: ["XDG_CONFIG_HOME": directory]) }
            #expect(error?.message.hasSuffix("is writable by group or others (mode 0664); run: chmod 600 \(path)") == true)
        }
    }

    @Test func theFileIsOptionalUnlessNamedByBSHConfig() throws {
        #expect(try ConfigFile.load(environment: ["XDG_CONFIG_HOME": "/nonexistent/bsh"]) == nil)
        let error = #expect(throws: UsageError.self) { try ConfigFile.load(environment: ["BSH_CONFIG": "/nonexistent/bsh.toml"]) }
        #expect(error?.message.hasPrefix("cannot read the config file /nonexistent/bsh.toml") == true)
        #expect(ConfigFile.location(environment: ["HOME": "/home/o"]).path == "/home/o/.config/bsh/config.toml")
        #expect(ConfigFile.location(environment: ["HOME": "/home/o", "XDG_CONFIG_HOME": "/x"]).path == "/x/bsh/config.toml")
    }
}

/// A new directory holding `bsh/config.toml`, for `XDG_CONFIG_HOME`.
struct ConfigDirectory {
    let path: String
    var file: String { path + "/bsh/config.toml" }

    init(_ text: String, mode: mode_t = 0o600) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/bsh", withIntermediateDirectories: true)
        try text.write(toFile: path + "/bsh/config.toml", atomically: false, encoding: .utf8)
        chmod(path + "/bsh/config.toml", mode)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Writes `text` as `bsh/config.toml` in a new directory with `mode`, and runs `body` with the
/// directory (for `XDG_CONFIG_HOME`) and the file's path.
func withConfig(_ text: String, mode: mode_t = 0o600, _ body: (String, String) throws -> Void) throws {
    let directory = try ConfigDirectory(text, mode: mode)
    defer { directory.remove() }
    try body(directory.path, directory.file)
}
