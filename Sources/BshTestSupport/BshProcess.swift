import Foundation

/// What a finished `bsh` process printed and how it exited.
public struct ProcessResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the real `bsh` executable as a subprocess, the way users and scripts run it.
public enum BshProcess {
    /// The built `bsh` next to the test bundle, or `BSH_BINARY` when set.
    public static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["BSH_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("bsh")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/bsh")
    }

    /// The environment with every credential variable bsh reads removed, so a developer's own
    /// account never leaks into a test.
    public static func cleanEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in [
            "RAX_USERNAME", "RAX_API_KEY", "RAX_PASSWORD", "RAX_REGION", "RS_USERNAME", "RS_API_KEY", "RS_REGION_NAME",
            "RS_AUTH_URL", "OS_USERNAME", "OS_PASSWORD", "OS_REGION_NAME", "OS_AUTH_URL", "BSH_IDENTITY_URL",
            "BSH_ENDPOINT", "BSH_TOKEN", "BSH_PROFILE", "BSH_CONFIG", "BSH_AGENT_BOOTSTRAP",
        ] {
            environment[name] = nil
        }
        // Nor the developer's own config file and its profiles: a test names its own.
        environment["XDG_CONFIG_HOME"] = "/nonexistent/bsh-tests"
        environment["NO_COLOR"] = "1"
        return environment.merging(extra) { $1 }
    }

    /// Runs `bsh` with `arguments`, feeding `stdin`, and waits for it to exit; in `directory` when given.
    /// With `standardOutput`, bsh writes there (a closed pipe, `/dev/full`) and the result's `stdout` is
    /// empty; `program` runs another executable the same way.
    public static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String]? = nil, directory workingDirectory: URL? = nil,
        standardOutput: FileHandle? = nil, program: URL? = nil
    ) async throws -> ProcessResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("stdin"), output = directory.appendingPathComponent("stdout")
        let errors = directory.appendingPathComponent("stderr")
        try Data(stdin.utf8).write(to: input)
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = program ?? executable
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        process.environment = environment ?? cleanEnvironment()
        process.standardInput = try FileHandle(forReadingFrom: input)
        process.standardOutput = try standardOutput ?? FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        return ProcessResult(
            status: status,
            stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
    }
}
