import BshRuntime
import Testing

@Suite("Cleanup and restore commands against the emulator")
struct CleanupCommandTests {
    @Test func aCleanupIsListedShownAndItsErrorsRead() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            cleanup start
            wait
            cleanups
            cleanup show last
            cleanup errors last
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("FREED"))
        #expect(host.output.contains("completed"))
    }

    @Test func cleanupNeedsAnAgent() async throws {
        let (status, host, _) = try await runScript("cleanup start")
        #expect(status == 2)
        #expect(host.error.contains("no agent selected"))
    }

    @Test func restoresAreListedAndARestoreNeedsADestination() async throws {
        let (status, host, _) = try await runScript("restores; restore start abc")
        #expect(status == 2)
        #expect(host.output.contains("ID"))
        #expect(host.error.contains("missing --to PATH"))
    }

    @Test func cancellingARunningRestoreIsAccepted() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create etc --include /etc --email ops@example.com
            backup start last
            wait
            restore start last --to /tmp/r
            restore cancel last
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.error.contains("stop requested"))
    }
}
