import BshRuntime
import BshTestSupport
import CloudBackupEmulator
import Testing

/// A service that pages every list, the lists documented unpaged too, loses no item.
@Suite("Lists of a service that pages everything")
struct PagedServiceTests {
    @Test func everyListCommandSeesEveryItem() async throws {
        let paged = EmulatorConfiguration(timeScale: TestEmulator.fastTimeScale, agentCount: 7, pageSize: 2)
        let (status, host, _) = try await runScript("""
            agent web01
            logs request; logs request; logs request
            echo (agents | count)
            let names = []
            for a in agents { set names = $names + [$a.name] }
            echo (len($names))
            echo (configs --all | count)
            echo (backups | count)
            echo (activities | count)
            echo (logs | count)
            """, emulator: paged)
        #expect(status == 0, "\(host.error)")
        // The demo agents' weeks of seeded history (11 configurations, 254 backups) and two more agents.
        #expect(host.output.split(separator: "\n").suffix(6) == ["7", "7", "13", "260", "260", "3"])
    }
}
