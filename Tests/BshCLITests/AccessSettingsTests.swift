@testable import BshCLI
import BshRuntime
import CloudBackupAPI
import Testing

@Suite("Resolving how to reach the service")
struct AccessSettingsTests {
    typealias Flags = AccessSettings.Flags

    @Test func noCredentialsMeansTheEmulator() throws {
        #expect(try AccessSettings.resolve(flags: Flags(), environment: [:]) == .emulator(reason: "no credentials"))
    }

    @Test func flagsWinOverTheEnvironment() throws {
        let settings = try AccessSettings.resolve(
            flags: Flags(username: "flag-user", region: "iad"),
            environment: ["RAX_USERNAME": "env-user", "RAX_API_KEY": "k", "RAX_REGION": "DFW"])
        #expect(settings == .service(.identity(url: AccessSettings.defaultIdentityURL, credentials: .apiKey(username: "flag-user", apiKey: Secret("k")), region: "IAD")))
    }

    @Test func rackAndOpenStackNamesAreAccepted() throws {
        let rack = try AccessSettings.resolve(flags: Flags(), environment: ["RS_USERNAME": "u", "RS_API_KEY": "k", "RS_REGION_NAME": "ORD", "RS_AUTH_URL": "https://id/v2.0"])
        #expect(rack == .service(.identity(url: "https://id/v2.0", credentials: .apiKey(username: "u", apiKey: Secret("k")), region: "ORD")))
        let openStack = try AccessSettings.resolve(flags: Flags(), environment: ["OS_USERNAME": "u", "OS_PASSWORD": "p", "OS_REGION_NAME": "syd"])
        #expect(openStack == .service(.identity(url: AccessSettings.defaultIdentityURL, credentials: .password(username: "u", password: Secret("p")), region: "SYD")))
    }

    @Test func directModeNeedsBothEndpointAndToken() throws {
        let direct = try AccessSettings.resolve(flags: Flags(), environment: ["BSH_ENDPOINT": "https://x/v2/1", "BSH_TOKEN": "t"])
        #expect(direct == .service(.direct(endpoint: "https://x/v2/1", token: Secret("t"))))
        #expect(throws: UsageError.self) { try AccessSettings.resolve(flags: Flags(endpoint: "https://x/v2/1"), environment: [:]) }
        #expect(throws: UsageError.self) { try AccessSettings.resolve(flags: Flags(token: "t"), environment: [:]) }
    }

    @Test func halfGivenCredentialsAreAnError() {
        #expect(throws: UsageError.self) { try AccessSettings.resolve(flags: Flags(), environment: ["RAX_API_KEY": "k"]) }
        #expect(throws: UsageError.self) { try AccessSettings.resolve(flags: Flags(), environment: ["RAX_USERNAME": "u"]) }
    }

    @Test func theEmulatorFlagWinsOverCredentials() throws {
        let settings = try AccessSettings.resolve(flags: Flags(forceEmulator: true), environment: ["RAX_USERNAME": "u", "RAX_API_KEY": "k"])
        #expect(settings == .emulator(reason: "--emulator"))
    }

    @Test func historyNeverKeepsLinesWithSecrets() {
        #expect(SecretFilter.mentionsSecret("bsh --api-key abc"))
        #expect(SecretFilter.mentionsSecret("set token = xyz"))
        #expect(!SecretFilter.mentionsSecret("browse /etc"))
    }
}
