import BshLanguage
import BshRuntime
import Testing

/// `sleep` and `wait` take durations as typed and as the language prints them.
@Suite("Duration arguments")
struct DurationArgumentTests {
    @Test(arguments: [
        ("sleep 1e300s", "duration too large: '1e300s'"), ("sleep 1e30", "duration too large: '1e30'"),
        ("sleep 99999999999999h", "duration too large: '99999999999999h'"),
        ("sleep ${1e300}", "duration too large: '1e+300'"),
        ("sleep 0x3s", "'0x3s' is not a duration"), ("sleep +3s", "'+3s' is not a duration"),
        ("sleep -1s", "'-1s' is not a duration"), ("sleep ${-90s}", "'-1m30s' is not a duration"),
        ("sleep 1s1m", "'1s1m' is not a duration"), ("sleep inf", "'inf' is not a duration"),
    ])
    func badDurationsAreUsageErrors(statement: String, message: String) async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: statement)
        let status = await shell.run(try program(of: source), in: source)
        #expect(status == 2)
        #expect(host.error.contains("error: sleep: \(message)"), "\(host.error)")
    }

    @Test func sleepTakesAComputedDuration() async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: "let t = 1m30s / 9000; sleep $t; sleep 0d0h0m0.01s; sleep ${1.5e-2s}; echo $t")
        let status = await shell.run(try program(of: source), in: source)
        #expect(status == 0, "\(host.error)")
        #expect(host.output == "10ms\n")
    }

    @Test func waitTakesADurationAsTheLanguagePrintsIt() async throws {
        let (status, host, _) = try await runScript("agent web01; browse /etc; let t = 2d; echo $t; wait $t | count")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("2d\n"))
    }

    @Test func waitSaysAHugeTimeoutIsTooLarge() async throws {
        let (status, host, _) = try await runScript("agent web01; browse /etc; wait 99999999999999h")
        #expect(status == 2)
        #expect(host.error.contains("wait: duration too large: '99999999999999h'"), "\(host.error)")
    }
}
