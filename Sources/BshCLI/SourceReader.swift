import Foundation
import Glibc

/// Reads a script into a string with one copy: a regular file's bytes go straight into the string's
/// storage (a large script would otherwise be held twice, as bytes and as text).
enum SourceReader {
    /// The file's text, invalid UTF-8 replaced; nil when it cannot be read.
    static func read(path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
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
                let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
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
        return complete ? text : nil
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
