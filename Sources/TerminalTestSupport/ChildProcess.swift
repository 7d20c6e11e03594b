import Foundation

/// Spawns a program and waits for it with `waitpid`.
public enum ChildProcess {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `argv` with stdin and stderr on /dev/null and returns its standard
    /// output, or discards the output without waiting for end of file when
    /// `capturingOutput` is false (for programs that leave daemons behind).
    ///
    /// The child gets no other descriptor of this process: a daemon it leaves behind (a tmux
    /// server) would otherwise hold the write end of a pipe another test is reading to its end,
    /// and that read would wait for the daemon to die.
    public static func run(_ argv: [String], environment: [String], capturingOutput: Bool) throws -> String {
        var fds: [Int32] = [-1, -1]
        if capturingOutput {
            guard Self.closeOnExecPipe(&fds) == 0 else { throw Failure(description: "pipe: errno \(errno)") }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if capturingOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        _ = Self.closeFrom?(&actions, 3)

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        if capturingOutput { close(fds[1]) }
        guard status == 0 else {
            if capturingOutput { close(fds[0]) }
            throw Failure(description: "cannot run \(argv[0]): errno \(status)")
        }

        var output: [UInt8] = []
        if capturingOutput {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                output += chunk[..<count]
            }
            close(fds[0])
        }
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    // Glibc has both, but Swift's Glibc module leaves out declarations behind _GNU_SOURCE.
    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    private static let pipe2 = dlsym(nil, "pipe2").map { unsafeBitCast($0, to: Pipe2.self) }
    private static let closeFrom = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np").map { unsafeBitCast($0, to: CloseFrom.self) }

    /// A pipe whose ends a spawned program does not inherit (set at once where the C library can).
    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Int32 {
        if let pipe2 { return pipe2(&fds, O_CLOEXEC) }
        guard pipe(&fds) == 0 else { return -1 }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return 0
    }
}
