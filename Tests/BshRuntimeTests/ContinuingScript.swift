import BshLanguage
import BshRuntime
import BshTestSupport

/// Runs bsh source like `runScript`, but going on after a failing statement, so that a script can
/// look at what a failure left behind.
func runScriptContinuing(_ text: String) async throws -> (status: Int32, host: RecordingHost) {
    try await TestEmulator.with { emulator in
        let services = EmulatorServices(emulator: emulator)
        let host = RecordingHost()
        let shell = Shell(host: host, services: services, options: RuntimeOptions(continueOnError: true))
        let source = SourceFile(name: "test.bsh", text: text)
        let status = await shell.run(try program(of: source), in: source)
        await services.transport.shutdown()
        return (status, host)
    }
}
