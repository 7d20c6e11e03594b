import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a script into a string with one copy: a regular file's bytes go straight into the string's
/// storage (a large script would otherwise be held twice, as bytes and as text). A script larger
/// than its limits (`ScriptLimits`) is refused with the limit it passed.
public enum SourceReader {
    /// Why a file could not be read, as the system says it: "no such file or directory".
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// The reason, lower-case: "is a directory".
        public let reason: String
        /// The reason, for messages.
        public var description: String { reason }

        init(errno code: Int32) {
            reason = systemReason(code)
        }

        init(reason: String) {
            self.reason = reason
        }

        static func tooLarge(_ limits: ScriptLimits) -> Failure {
            Failure(reason: "it is larger than \(ScriptLimits.describe(limits.maximumBytes)), the most a script may be")
        }

        static func lineTooLong(_ line: Int, _ limits: ScriptLimits) -> Failure {
            Failure(reason: "line \(line) is longer than \(ScriptLimits.describe(limits.maximumLineBytes)), the most a line may be")
        }
    }

    /// The file's text, invalid UTF-8 replaced.
    public static func read(path: String, limits: ScriptLimits = .standard) -> Result<String, Failure> {
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return .failure(Failure(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(Failure(errno: EISDIR)) }
        guard status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return readStream(descriptor, limits: limits) }
        guard status.st_size <= limits.maximumBytes else { return .failure(.tooLarge(limits)) }
        var failure: Failure?
        var text = String(unsafeUninitializedCapacity: Int(status.st_size)) { buffer in
            var filled = 0
            while filled < buffer.count {
                let count = readBytes(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = Failure(errno: errno)
                    break
                }
                filled += count
            }
            return filled
        }
        if let failure { return .failure(failure) }
        // A file still being written may have grown since fstat: then read it again to its end.
        var probe: UInt8 = 0
        if readBytes(descriptor, &probe, 1) > 0, lseek(descriptor, 0, SEEK_SET) == 0 {
            return readStream(descriptor, limits: limits)
        }
        var lines = LineLengthCheck(limit: limits.maximumLineBytes)
        let fits = text.withUTF8 { lines.feed(UnsafeRawBufferPointer($0)) }
        return fits ? .success(text) : .failure(.lineTooLong(lines.line, limits))
    }

    /// The text on an open descriptor (standard input), read from where it stands to its end.
    public static func read(descriptor: Int32, limits: ScriptLimits = .standard) -> Result<String, Failure> {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(Failure(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { return .failure(Failure(errno: EISDIR)) }
        return readStream(descriptor, limits: limits)
    }

    private static func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Pipes, terminals and files whose size is not known in advance (`bsh <(…)`, /dev/stdin).
    private static func readStream(_ descriptor: Int32, limits: ScriptLimits) -> Result<String, Failure> {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var lines = LineLengthCheck(limit: limits.maximumLineBytes)
        while true {
            let count = chunk.withUnsafeMutableBytes { readBytes(descriptor, $0.baseAddress!, $0.count) }
            if count == 0 { return .success(String(decoding: bytes, as: UTF8.self)) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Failure(errno: errno))
            }
            guard bytes.count + count <= limits.maximumBytes else { return .failure(.tooLarge(limits)) }
            guard chunk.withUnsafeBytes({ lines.feed(UnsafeRawBufferPointer(rebasing: $0[..<count])) }) else {
                return .failure(.lineTooLong(lines.line, limits))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
