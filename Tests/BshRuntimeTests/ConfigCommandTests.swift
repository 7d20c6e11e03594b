import BshRuntime
import Testing

@Suite("Configuration commands against the emulator")
struct ConfigCommandTests {
    @Test func createShowDisableAndDelete() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            config create web --include /var/www --exclude /var/www/cache --manual --retention 14 --email ops@example.com
            config disable last
            config show last
            configs
            config delete last
            """)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("schedule   manual"))
        #expect(host.output.contains("excludes   /var/www/cache"))
        #expect(host.output.contains("enabled    no"))
        #expect(host.output.contains("14d"))
        #expect(host.error.contains("deleted"))
    }

    @Test func configsAllListsEveryAgentsConfigurations() async throws {
        let (status, host, _) = try await runScript("configs --all")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.split(separator: "\n").count > 3)
    }

    @Test func createNeedsAnInclusion() async throws {
        let (status, host, _) = try await runScript("agent web01; config create nothing")
        #expect(status == 2)
        #expect(host.error.contains("give at least one --include PATH"))
    }

    @Test func failureNoticesGoToTheSummaryRecipientsUnlessGiven() async throws {
        let (status, host, _) = try await runScript("""
            agent web01
            settings set --email ops@example.com
            config create etc --include /etc
            """, json: true)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("\"destination\":\"ops@example.com\""))
        let (failed, without, _) = try await runScript("agent web01; config create etc --include /etc")
        #expect(failed == 2)
        #expect(without.error.contains("give --email ADDRESS"))
    }

    @Test func aBadTimeOfDayIsAUsageError() async throws {
        let (status, host, _) = try await runScript("agent web01; config create x --include /etc --daily 25:00")
        #expect(status == 2)
        #expect(host.error.contains("'25:00' is not a time of day"))
    }

    @Test func anUnknownSubcommandNamesTheOthers() async throws {
        let (status, host, _) = try await runScript("config rename x")
        #expect(status == 2)
        #expect(host.error.contains("unknown subcommand 'rename'"))
    }
}
