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

    @Test func valuesAreTrimmedOfBlanksAndLineEnds() throws {
        let direct = try AccessSettings.resolve(
            flags: Flags(), environment: ["BSH_ENDPOINT": " https://x/v2/1\n", "BSH_TOKEN": "abc\r\n"])
        #expect(direct == .service(.direct(endpoint: "https://x/v2/1", token: Secret("abc"))))
        let identity = try AccessSettings.resolve(flags: Flags(username: "u\t", apiKey: " k\r"), environment: [:])
        #expect(identity == .service(.identity(url: AccessSettings.defaultIdentityURL, credentials: .apiKey(username: "u", apiKey: Secret("k")), region: nil)))
    }

    @Test(arguments: [
        (Flags(endpoint: "https://x/v2/1", token: "abc\rSECRET"), "--token"),
        (Flags(username: "u", apiKey: "key\u{7}SECRET"), "--api-key"),
        (Flags(username: "u", password: "pass\nSECRET"), "--password"),
    ])
    func aSecretWithAControlCharacterIsRefusedWithoutShowingIt(flags: Flags, source: String) {
        let error = #expect(throws: UsageError.self) { try AccessSettings.resolve(flags: flags, environment: [:]) }
        #expect(error?.message.contains(source) == true)
        #expect(error?.message.contains("control character") == true)
        #expect(error?.message.contains("SECRET") == false)
    }

    @Test func aTokenFromTheEnvironmentIsNamedByItsVariable() {
        let error = #expect(throws: UsageError.self) {
            try AccessSettings.resolve(flags: Flags(), environment: ["BSH_ENDPOINT": "https://x/v2/1", "BSH_TOKEN": "abc\rSECRET"])
        }
        #expect(error?.message.hasPrefix("BSH_TOKEN ") == true)
        #expect(error?.message.contains("SECRET") == false)
    }

    @Test(arguments: ["127.0.0.1:8080/v2/1", "ftp://x/v2/1", "https:///v2/1", "http//x", "not a url"])
    func anEndpointThatIsNotAnHTTPURLIsAUsageError(endpoint: String) {
        let error = #expect(throws: UsageError.self) {
            try AccessSettings.resolve(flags: Flags(), environment: ["BSH_ENDPOINT": endpoint, "BSH_TOKEN": "t"])
        }
        #expect(error?.message.hasPrefix("BSH_ENDPOINT must be an http or https URL with a host") == true)
    }

    @Test func anIdentityURLThatIsNotAnHTTPURLIsAUsageError() throws {
        let error = #expect(throws: UsageError.self) {
            try AccessSettings.resolve(flags: Flags(username: "u", apiKey: "k"), environment: ["OS_AUTH_URL": "identity.example.com/v2.0"])
        }
        #expect(error?.message.hasPrefix("OS_AUTH_URL must be an http or https URL with a host") == true)
        let flagged = #expect(throws: UsageError.self) {
            try AccessSettings.resolve(flags: Flags(username: "u", apiKey: "k", identityURL: "ftp://id/v2.0"), environment: [:])
        }
        #expect(flagged?.message.hasPrefix("--identity-url must be") == true)
        // Unused, as with no credentials, it is not checked.
        #expect(try AccessSettings.resolve(flags: Flags(), environment: ["OS_AUTH_URL": "nonsense"]) == .emulator(reason: "no credentials"))
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
