import BshLanguage
import BshRuntime
import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

/// Gives the shell a client connected to a test emulator, and counts how often it was asked.
final class EmulatorServices: ServiceProvider {
    let connected: CloudBackupClient
    let transport: AsyncHTTPTransport

    init(emulator: Emulator, transport wrapping: ((AsyncHTTPTransport) -> any HTTPTransport)? = nil) {
        transport = AsyncHTTPTransport()
        connected = CloudBackupClient(
            configuration: ClientConfiguration(access: .identity(
                url: emulator.identityURL,
                credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                region: "DFW")),
            transport: wrapping?(transport) ?? transport)
    }

    func client() async throws -> any CloudBackupService { connected }
    var placeName: String { "test" }
}

/// A service provider for statements that must never reach the service.
struct NoServices: ServiceProvider {
    struct Unexpected: Error {}
    func client() async throws -> any CloudBackupService { throw Unexpected() }
    var placeName: String { "none" }
}

/// The program of `source`: a syntax error fails the test here, rather than the test running the
/// statements that parsed.
func program(of source: SourceFile) throws -> Program {
    let parsed = Parser.parse(source)
    try #require(!parsed.hasErrors, "syntax errors in \(source.name): \(parsed.diagnostics.map(\.message))")
    return parsed.program
}

/// Runs bsh source in a shell against a fresh emulator.
func runScript(
    _ text: String, json: Bool = false,
    emulator configuration: EmulatorConfiguration = EmulatorConfiguration(timeScale: TestEmulator.fastTimeScale)
) async throws -> (status: Int32, host: RecordingHost, shell: Shell) {
    try await withShell(json: json, emulator: configuration) { _, session in
        (try await session.run(text), session.host, session.shell)
    }
}

/// A shell connected to an emulator, which runs bsh source in steps.
struct ShellSession {
    let shell: Shell
    let host: RecordingHost

    /// Runs `text` as a file named test.bsh and returns its exit status.
    func run(_ text: String) async throws -> Int32 {
        let source = SourceFile(name: "test.bsh", text: text)
        return await shell.run(try program(of: source), in: source)
    }
}

/// Runs `body` with a shell against a fresh emulator, for tests that act on the emulator between statements.
func withShell<T>(
    json: Bool = false,
    emulator configuration: EmulatorConfiguration = EmulatorConfiguration(timeScale: TestEmulator.fastTimeScale),
    _ body: (Emulator, ShellSession) async throws -> T
) async throws -> T {
    try await TestEmulator.with(configuration) { emulator in
        let services = EmulatorServices(emulator: emulator)
        let host = RecordingHost()
        let shell = Shell(host: host, services: services, options: RuntimeOptions(json: json))
        do {
            let result = try await body(emulator, ShellSession(shell: shell, host: host))
            await services.transport.shutdown()
            return result
        } catch {
            await services.transport.shutdown()
            throw error
        }
    }
}
