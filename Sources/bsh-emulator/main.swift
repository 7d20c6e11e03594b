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

    @Option(help: "How many agents the demo project has (the first five are the demo agents).")
    var agents = 5

    @Option(help: "Delay added to every request, e.g. 50ms or 1s.")
    var latency: String?

    @Option(help: "Share of requests (0...1) answered with --fail-status.")
    var failRate = 0.0

    @Option(help: "The status of a random failure.")
    var failStatus = 503

    @Option(help: "Retry-After seconds sent with a random failure.")
    var retryAfter: Int?

    @Option(help: "Share of requests (0...1) whose connection is dropped without an answer.")
    var dropRate = 0.0

    @Option(help: "Seeds the random faults, so that a run repeats.")
    var faultSeed: UInt64 = 1

    @Option(help: "Serve every list in pages of at most this many items with next links, the unpaged ones too.")
    var pageSize: Int?

    @Flag(help: "Log every request.")
    var verbose = false

    @Option(help: "Give the first agent a directory /srv/large of this many files (for measuring large browse results).")
    var largeDirectory = 0

    func validate() throws {
        guard timeScale > 0 else { throw ValidationError("--time-scale must be greater than 0.") }
        guard tokenLifetime > 0 else { throw ValidationError("--token-lifetime must be greater than 0.") }
        guard agents >= 0 else { throw ValidationError("--agents must not be negative.") }
        guard largeDirectory >= 0 else { throw ValidationError("--large-directory must not be negative.") }
        if let pageSize, pageSize < 1 { throw ValidationError("--page-size must be at least 1.") }
        guard (0...1).contains(failRate), (0...1).contains(dropRate) else {
            throw ValidationError("--fail-rate and --drop-rate must lie between 0 and 1.")
        }
        guard (100...599).contains(failStatus) else { throw ValidationError("--fail-status must be an HTTP status.") }
        if let latency, FaultPlan.duration(latency) == nil {
            throw ValidationError("--latency must be a duration such as 50ms or 1s.")
        }
    }

    func run() async throws {
        let emulator = try await Emulator.start(
            EmulatorConfiguration(
                host: host, port: port, timeScale: timeScale, tokenLifetime: .seconds(tokenLifetime),
                handlesTerminationSignals: true, logsRequests: verbose, agentCount: agents,
                faults: FaultPlan(
                    latency: latency.flatMap(FaultPlan.duration), failRate: failRate, failStatus: failStatus,
                    retryAfterSeconds: retryAfter, dropRate: dropRate, seed: faultSeed),
                largeDirectoryEntries: largeDirectory, pageSize: pageSize))
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
