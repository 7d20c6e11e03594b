@testable import BshCLI
import Testing

@Suite("Which prompt lines the history keeps")
struct HistoryAdmissionTests {
    @Test func aLineHoldingASecretInUseIsNotKept() {
        let admission = HistoryAdmission(secrets: ["", "k3y-value"])
        #expect(admission.admits("echo hello"))
        #expect(!admission.admits("echo k3y-value"))
        #expect(!admission.admits("let x = \"prefix-k3y-value-suffix\""))
        #expect(!admission.admits("echo --token t"))
        #expect(!admission.admits("echo https://u:pw@host/"))
    }

    @Test func theSecretsInUseAreTheKeyPasswordTokenAndURLPassword() throws {
        let direct = try AccessSettings.resolve(
            flags: .init(), environment: ["BSH_ENDPOINT": "https://ops:p%40ss@x/v2/1", "BSH_TOKEN": "tok"])
        #expect(Set(direct.secretValues) == ["tok", "p%40ss", "p@ss"])
        let key = try AccessSettings.resolve(flags: .init(username: "u", apiKey: "key1"), environment: [:])
        #expect(key.secretValues == ["key1"])
        let password = try AccessSettings.resolve(
            flags: .init(username: "u", password: "pw1", identityURL: "https://id.example/v2.0"), environment: [:])
        #expect(password.secretValues == ["pw1"])
        #expect(try AccessSettings.resolve(flags: .init(), environment: [:]).secretValues.isEmpty)
    }
}
