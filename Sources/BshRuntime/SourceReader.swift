import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a script into a string with one copy: a regular file's bytes go straight into the string's
/// storage (a large script would otherwise be held twice, as bytes and as text).
enum SourceReader {
    /// The file's text, invalid UTF-8 replaced; nil when it cannot be read.
    static func read(path: String) -> String? {
        var descriptor: Int32
        repeat { descriptor = open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            return readStream(descriptor)
        }
        var complete = true
        let text = String(unsafeUninitializedCapacity: Int(status.st_size)) { buffer in
            var filled = 0
            while filled < buffer.count {
                let count = readBytes(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    complete = false
                    break
                }
                filled += count
            }
            return filled
        }
        guard complete else { return nil }
        // A file still being written may have grown since fstat: then read it again to its end.
        var probe: UInt8 = 0
        if readBytes(descriptor, &probe, 1) > 0, lseek(descriptor, 0, SEEK_SET) == 0 {
            return readStream(descriptor)
        }
        return text
    }

    private static func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Pipes, terminals and files whose size is not known in advance (`bsh <(…)`, /dev/stdin).
    private static func readStream(_ descriptor: Int32) -> String? {
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            // readToEnd gives nil, not empty data, for an empty stream.
            return String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        } catch {
            return nil
        }
    }
}
