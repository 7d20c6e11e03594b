import BshRuntime
import Testing

@Suite("Vault commands against the emulator")
struct VaultCommandTests {
    /// The password the emulator's encrypted vaults start with.
    let seeded = "64656d6f2d7661756c742d70617373776f7264"

    @Test func verifyingAndEncryptingAreAnsweredByWait() async throws {
        let (status, host, shell) = try await runScript("""
            agent web01
            vault verify \(seeded)
            wait
            vault encrypt 6a1f0c --old \(seeded)
            wait
            vault verify 6a1f0c
            wait
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.error.contains("vault encryption changed"))
        #expect(host.error.contains("the vault password is valid"))
        #expect(await shell.pending == nil)
    }

    @Test func aWrongPasswordFailsTheWait() async throws {
        let (status, host, _) = try await runScript("agent web01; vault verify 0badc0de; wait")
        #expect(status == 1)
        #expect(host.error.contains("error: wait: web01: the vault password is not valid"))
        // The quoted line hides the password and nothing else: the caret is under `wait`.
        #expect(host.error.contains("""
                1 | agent web01; vault verify ********; wait
                  | \(String(repeating: " ", count: 36))^~~~
            """))
    }

    @Test func vaultNeedsAnAgent() async throws {
        let (status, host, _) = try await runScript("vault verify 00")
        #expect(status == 2)
        #expect(host.error.contains("no agent selected"))
    }
}
