import Foundation

/// A `bsh` process still running, whose standard error can be watched while it runs.
///
/// Unchecked: `Process` is not marked Sendable, and this type only reads it after starting it (its
/// other state is immutable and the exit status comes through a task).
public final class RunningBsh: @unchecked Sendable {
    private let process: Process
    private let directory: URL
    private let errors: URL
    private let output: URL
    private let exited: Task<Int32, Never>

    /// Starts `bsh` with `arguments` and an empty standard input.
    public init(_ arguments: [String], environment: [String: String]? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        output = directory.appendingPathComponent("stdout")
        errors = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process = Process()
        process.executableURL = BshProcess.executable
        process.arguments = arguments
        process.environment = environment ?? BshProcess.cleanEnvironment()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        let process = process
        let (stream, continuation) = AsyncStream.makeStream(of: Int32.self)
        process.terminationHandler = { continuation.yield($0.terminationStatus); continuation.finish() }
        try process.run()
        exited = Task { await stream.first { _ in true } ?? -1 }
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: directory)
    }

    /// What the process has written to standard error so far.
    public var stderr: String { (try? String(contentsOf: errors, encoding: .utf8)) ?? "" }

    /// What the process has written to standard output so far.
    public var stdout: String { (try? String(contentsOf: output, encoding: .utf8)) ?? "" }

    /// Waits until standard error contains `text`; false when the deadline passes or the process ends first.
    public func waitForError(containing text: String, within limit: Duration = .seconds(20)) async throws -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while true {
            // The deadline is read before standard error, so a test not scheduled for a while still
            // looks once more before giving up.
            let late = clock.now >= deadline
            if stderr.contains(text) { return true }
            if late || !process.isRunning { return stderr.contains(text) }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Sends SIGINT, as Ctrl-C does.
    public func interrupt() {
        process.interrupt()
    }

    /// Sends a signal, such as SIGTERM or SIGHUP.
    public func send(signal number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the process to exit and returns its status.
    public func status() async -> Int32 {
        await exited.value
    }
}
