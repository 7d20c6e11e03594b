import Foundation

/// Runs a bash command line around `bsh`, for what a subprocess alone cannot set up: a closed or
/// directory standard input, a pipe whose reader leaves early, an endless input. `$BSH` and
/// `$BSH_EMULATOR` name the built executables.
public enum ShellPipeline {
    /// Runs `command` with bash in a clean environment plus `extra`, `arguments` as its `$@`, and waits for it to exit.
    public static func run(
        _ command: String, arguments: [String] = [], environment extra: [String: String] = [:]
    ) async throws -> ProcessResult {
        let bsh = BshProcess.executable
        let environment = BshProcess.cleanEnvironment(extra).merging([
            "BSH": bsh.path, "BSH_EMULATOR": bsh.deletingLastPathComponent().appendingPathComponent("bsh-emulator").path,
        ]) { $1 }
        return try await BshProcess.run(["-c", command, "bash"] + arguments, environment: environment, program: URL(fileURLWithPath: "/bin/bash"))
    }
}
