import BshRuntime
import Testing

@Suite("Activities and events against the emulator")
struct HistoryCommandTests {
    @Test func projectAndAgentHistory() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            activities
            activities --agent
            events --limit 3
            events --agent --limit 2
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("TYPE"))
        #expect(host.output.contains("EVENT"))
    }

    @Test func eventsOfARestore() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create etc --include /etc --email ops@example.com
            backup start last
            wait
            restore start last --to /tmp/r
            wait
            events --restore last
            activities --config last
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("restore"))
    }

    @Test func aBadLimitIsAUsageError() async throws {
        let (status, host, _) = try await runScript("events --limit none")
        #expect(status == 2)
        #expect(host.error.contains("'none' is not a positive number"))
    }
}
