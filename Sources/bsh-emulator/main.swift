import ArgumentParser
import CloudBackupEmulator
import Foundation

/// Runs the Cloud Backup emulator as a standalone server until SIGINT or SIGTERM.
struct BshEmulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bsh-emulator",
        abstract: "Serve an emulated Rackspace Identity and Cloud Backup v2 with a demo project."
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Multiplies every simulated delay; 0.1 makes agents ten times faster.")
    var timeScale = 1.0

    @Option(help: "How long issued tokens stay valid, in seconds.")
    var tokenLifetime = 86_400

    @Flag(help: "Log every request.")
    var verbose = false

    func validate() throws {
        guard timeScale > 0 else { throw ValidationError("--time-scale must be greater than 0.") }
        guard tokenLifetime > 0 else { throw ValidationError("--token-lifetime must be greater than 0.") }
    }

    func run() async throws {
        let emulator = try await Emulator.start(
            EmulatorConfiguration(
                host: host, port: port, timeScale: timeScale, tokenLifetime: .seconds(tokenLifetime),
                handlesTerminationSignals: true, logsRequests: verbose))
        let line =
            "bsh-emulator listening on \(emulator.baseURL)  identity: \(emulator.identityURL)/tokens  "
            + "user: \(EmulatorConfiguration.demoUsername)  api key: \(EmulatorConfiguration.demoAPIKey)  "
            + "password: \(EmulatorConfiguration.demoPassword)  project: \(EmulatorConfiguration.projectID)\n"
        // Written unbuffered, so that a script reading the pipe sees it at once.
        FileHandle.standardOutput.write(Data(line.utf8))
        try await emulator.waitUntilStopped()
    }
}

// Top-level code cannot use `@main`; parse and run by hand so that `run()` is awaited.
do {
    let command = try BshEmulatorCommand.parse()
    try await command.run()
} catch {
    BshEmulatorCommand.exit(withError: error)
}
