import Foundation

/// Where the request log is written, one JSON line per `/v2` request (`--request-log FILE`): opened
/// once, private to its owner, each line appended whole.
struct RequestLogFile: Sendable {
    private let descriptor: Int32

    /// Creates or empties the file at `path`, or says why it cannot.
    static func open(_ path: String) -> Result<RequestLogFile, RequestLogError> {
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            return .failure(RequestLogError(path: path, reason: String(cString: strerror(errno))))
        }
        return .success(RequestLogFile(descriptor: descriptor))
    }

    /// Appends `line` and a line end. A line that cannot be written is lost: the log is a record for
    /// tests and measurements, and the service answers all the same.
    func append(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    func close() {
        _ = Foundation.close(descriptor)
    }
}

/// The request log's file could not be opened.
public struct RequestLogError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public var description: String { "cannot write the request log \(path): \(reason.lowercased())" }
}
