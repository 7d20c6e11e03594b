import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file only its owner may read, whole or not at all: the bytes go to a temporary file with
/// mode 0600 beside the target, which is then renamed over it. Replacing a file never widens its
/// mode, and nobody ever sees half a file.
enum PrivateFile {
    /// Why the file could not be written, in the system's words.
    struct Failure: Error {
        let reason: String
    }

    /// Writes `bytes` to `path`; on failure nothing is left behind and the target is untouched.
    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        var template = Array(url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).XXXXXX").path.utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(reason: systemReason(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try fill(descriptor, with: bytes)
            close(descriptor)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = systemReason(errno)
            unlink(temporary)
            throw Failure(reason: reason)
        }
    }

    /// Makes the file private (whatever mkstemp's mode), writes it all, and flushes it to the disk.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8]) throws(Failure) {
        guard fchmod(descriptor, 0o600) == 0 else { throw Failure(reason: systemReason(errno)) }
        try writeAll(bytes, to: descriptor)
        guard fsync(descriptor) == 0 else { throw Failure(reason: systemReason(errno)) }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: systemReason(errno))
            }
            offset += written
        }
    }
}
