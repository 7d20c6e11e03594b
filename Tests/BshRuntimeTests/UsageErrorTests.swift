import BshLanguage
import BshRuntime
import Testing

/// A command given wrong words says so before it reaches the service: nothing is started, no
/// emulator, no sign-in, for a mistake the shell can see by itself.
@Suite("Usage errors before the service")
struct UsageErrorTests {
    @Test(arguments: [
        ("backup start", "missing configuration ID"), ("backup show", "missing backup ID"),
        ("backup show a b", "unexpected argument 'b'"), ("backup nope", "unknown subcommand"),
        ("agent log-level", "missing LEVEL"), ("agent log-level loud", "'loud' is not a log level"),
        ("agent delete", "missing agent ID"), ("agent status", "no agent selected"),
        ("cleanup show", "missing cleanup ID"), ("cleanup start x", "unexpected argument 'x'"),
        ("config show", "missing configuration ID"), ("config enable", "missing configuration ID"),
        ("config delete", "missing configuration ID"), ("config create", "no agent selected"),
        ("configs", "no agent selected"), ("activities --agent", "no agent selected"),
        ("events --agent", "no agent selected"), ("events --limit x", "'x' is not a positive number"),
        ("restore show", "missing restore ID"), ("restore start", "missing BACKUP"),
        ("restore start 9c1e", "missing --to PATH"), ("restore start 9c1e --to /x", "no agent selected"), ("vault verify", "no agent selected"),
        ("settings set --daily maybe", "--daily"), ("settings nope", "unknown subcommand"),
        ("health a b", "unexpected argument 'b'"), ("ls --bogus", "unknown option '--bogus'"),
        ("ls a b", "unexpected argument 'b'"),
    ])
    func isReportedWithoutTheService(statement: String, message: String) async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: statement)
        let status = await shell.run(try program(of: source), in: source)
        #expect(status != 0)
        #expect(host.error.contains(message), "\(host.error)")
        #expect(!host.error.contains("Unexpected"), "\(host.error)")
    }
}
