#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file on disk: one encoded entry per line, private to the user.
/// Writers take an exclusive `flock` so concurrent sessions do not interleave.
struct HistoryFile {
    let path: String

    /// The file's non-empty lines, or an empty list when it does not exist yet.
    func readLines() throws(HistoryError) -> [ArraySlice<UInt8>] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return [] }
            throw failure("open")
        }
        defer { close(fd) }
        try requireRegularFile(fd)
        return Self.lines(in: try readAll(fd))
    }

    /// Appends `line` (already encoded), creating the file and its directories
    /// when missing. `knownCount` is the caller's count of the file's lines;
    /// once the append takes it past `limit`, the file is reread and trimmed to
    /// its last `limit` lines. Returns the new count.
    func append(_ line: String, knownCount: Int, limit: Int) throws(HistoryError) -> Int {
        let fd = try openForWriting()
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }

        var bytes = Array(line.utf8) + [UInt8(ascii: "\n")]
        let size = lseek(fd, 0, SEEK_END)
        var last: UInt8 = 0
        if size > 0, pread(fd, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") {
            bytes.insert(UInt8(ascii: "\n"), at: 0)  // an earlier writer died mid-line
        }
        try writeAll(fd, bytes, at: max(size, 0))
        return knownCount + 1 > limit ? try trim(fd, to: limit) : knownCount + 1
    }

    /// Rewrites the file keeping only its last `limit` lines; returns the count kept.
    func trim(to limit: Int) throws(HistoryError) -> Int {
        let fd = try openForWriting()
        defer { close(fd) }
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        return try trim(fd, to: limit)
    }

    private func trim(_ fd: Int32, to limit: Int) throws(HistoryError) -> Int {
        let lines = Self.lines(in: try readAll(fd))
        guard lines.count > limit else { return lines.count }
        let kept = lines.suffix(max(limit, 0))
        let bytes = kept.flatMap { Array($0) + [UInt8(ascii: "\n")] }
        guard ftruncate(fd, 0) == 0 else { throw failure("truncate") }
        try writeAll(fd, bytes, at: 0)
        return kept.count
    }

    private func openForWriting() throws(HistoryError) -> Int32 {
        try createParentDirectories()
        let fd = open(path, O_RDWR | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("open") }
        do {
            try requireRegularFile(fd)
        } catch {
            close(fd)
            throw error
        }
        var info = stat()
        if fstat(fd, &info) == 0, info.st_mode & 0o077 != 0 {
            fchmod(fd, 0o600)  // history may hold commands worth keeping private
        }
        return fd
    }

    /// Creates each missing ancestor directory with mode 0700.
    private func createParentDirectories() throws(HistoryError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/").dropLast() {
            prefix += component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw HistoryError(operation: "create directory", path: prefix, code: errno)
            }
            prefix += "/"
        }
    }

    private func requireRegularFile(_ fd: Int32) throws(HistoryError) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("inspect") }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw HistoryError(operation: "use", path: path, code: info.st_mode & S_IFMT == S_IFDIR ? EISDIR : EINVAL)
        }
    }

    private func readAll(_ fd: Int32) throws(HistoryError) -> [UInt8] {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var offset: off_t = 0
        while true {
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read")
            }
            if count == 0 { return contents }
            contents += chunk[..<count]
            offset += off_t(count)
        }
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8], at start: off_t) throws(HistoryError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                pwrite(fd, $0.baseAddress! + written, bytes.count - written, start + off_t(written))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("write")
            }
            written += count
        }
    }

    private func failure(_ operation: String) -> HistoryError {
        HistoryError(operation: operation, path: path, code: errno)
    }

    private static func lines(in contents: [UInt8]) -> [ArraySlice<UInt8>] {
        contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
    }
}
