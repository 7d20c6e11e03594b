import BshRuntime
import Testing

@Suite("Agent subcommands against the emulator")
struct AgentAdminCommandTests {
    @Test func statusSettingsLogLevelAndEnabling() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            agent status
            agent settings
            agent log-level debug
            agent disable
            agent
            agent enable
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("online"))
        #expect(host.output.contains("Daily system files"))
        #expect(host.output.contains("log level   debug"))
        #expect(host.output.contains("enabled     no"))
        #expect(host.error.contains("agent web01 enabled"))
    }

    @Test func selectingByIDStillWorks() async throws {
        let (status, host, shell) = try await runScript("agent 8f13")
        #expect(status == 0, "\(host.error)")
        #expect(await shell.currentAgent?.name == "web01")
    }

    @Test func deletingAnAgentByPrefix() async throws {
        let (status, host, _) = try await runScript("agent delete e9b0; agents")
        #expect(status == 0, "\(host.error)")
        #expect(host.error.contains("agent db02"))
        #expect(!host.output.contains("db02"))
    }

    @Test func anAmbiguousAgentPrefixNamesTheCandidates() async throws {
        let (status, host, _) = try await runScript("agent delete 8f1")
        #expect(status == 2)
        #expect(host.error.contains("ambiguous"))
        #expect(host.error.contains("web01"))
    }

    @Test func anUnknownLogLevelIsAUsageError() async throws {
        let (status, host, _) = try await runScript("agent web01; agent log-level loud")
        #expect(status == 2)
        #expect(host.error.contains("'loud' is not a log level"))
    }
}
