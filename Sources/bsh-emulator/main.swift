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

    @Option(help: "Give the first agent a tree /home/archive of this many nested directories (for measuring walks).")
    var deepTree = 0

    func validate() throws {
        try Self.check(port, in: 0...65_535, "--port", "a port")
        try Self.check(timeScale, in: EmulatorConfiguration.timeScales, "--time-scale", "a factor")
        try Self.check(tokenLifetime, in: 1...31_536_000, "--token-lifetime", "a number of seconds (a year at most)")
        try Self.check(agents, in: 0...100_000, "--agents", "a count")
        try Self.check(largeDirectory, in: 0...10_000_000, "--large-directory", "a count")
        try Self.check(deepTree, in: 0...1_000_000, "--deep-tree", "a count")
        try Self.check(failRate, in: 0...1, "--fail-rate", "a share")
        try Self.check(dropRate, in: 0...1, "--drop-rate", "a share")
        if let pageSize { try Self.check(pageSize, in: 1...10_000, "--page-size", "a count") }
        try Self.check(failStatus, in: 100...599, "--fail-status", "an HTTP status")
        if let retryAfter { try Self.check(retryAfter, in: 0...86_400, "--retry-after", "a number of seconds (a day at most)") }
        if let latency, FaultPlan.duration(latency).map({ $0 <= .seconds(60) }) != true {
            throw ValidationError("--latency must be a duration from 0 to 60s, such as 50ms or 1s.")
        }
    }

    /// Writes all of `text`; returns the system's reason when it cannot.
    private static func writeOutput(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno)).lowercased()
            }
            offset += written
        }
        return nil
    }

    /// Refuses a value outside its range (NaN included), naming the flag and the range.
    private static func check<Value: Comparable>(_ value: Value, in range: ClosedRange<Value>, _ flag: String, _ what: String) throws {
        guard range.contains(value) else {
            throw ValidationError("\(flag) must be \(what) from \(text(range.lowerBound)) to \(text(range.upperBound)).")
        }
    }

    private static func text<Value>(_ value: Value) -> String {
        (value as? Double).map { String(format: "%g", $0) } ?? "\(value)"
    }

    func run() async throws {
        let emulator = try await Emulator.start(
            EmulatorConfiguration(
                host: host, port: port, timeScale: timeScale, tokenLifetime: .seconds(tokenLifetime),
                handlesTerminationSignals: true, logsRequests: verbose, agentCount: agents,
                faults: FaultPlan(
                    latency: latency.flatMap(FaultPlan.duration), failRate: failRate, failStatus: failStatus,
                    retryAfterSeconds: retryAfter, dropRate: dropRate, seed: faultSeed),
                largeDirectoryEntries: largeDirectory, pageSize: pageSize, deepTreeDirectories: deepTree))
        let line =
            "bsh-emulator listening on \(emulator.baseURL)  identity: \(emulator.identityURL)/tokens  "
            + "user: \(EmulatorConfiguration.demoUsername)  api key: \(EmulatorConfiguration.demoAPIKey)  "
            + "password: \(EmulatorConfiguration.demoPassword)  project: \(EmulatorConfiguration.projectID)\n"
        // Written unbuffered, so that a script reading the pipe sees it at once. Nobody can learn the
        // port when it cannot be written, so the server stops.
        if let reason = Self.writeOutput(line) {
            FileHandle.standardError.write(Data("bsh-emulator: cannot write to standard output: \(reason)\n".utf8))
            await emulator.shutdown()
            throw ExitCode.failure
        }
        try await emulator.waitUntilStopped()
    }
}

// Top-level code cannot use `@main`; parse and run by hand so that `run()` is awaited.
// A usage error ends with status 2, as it does for bsh.
let command: BshEmulatorCommand
do {
    command = try BshEmulatorCommand.parse()
} catch {
    if BshEmulatorCommand.exitCode(for: error) == .success { BshEmulatorCommand.exit(withError: error) }
    FileHandle.standardError.write(Data((BshEmulatorCommand.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
do {
    try await command.run()
} catch {
    BshEmulatorCommand.exit(withError: error)
}
