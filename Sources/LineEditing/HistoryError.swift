#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure to read or write the history file. History keeps working in
/// memory when its file cannot be used.
public struct HistoryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being done, such as "open" or "write".
    public var operation: String
    /// The file or directory involved.
    public var path: String
    /// The `errno` value.
    public var code: Int32

    /// Creates an error for a failed `operation` on `path`.
    public init(operation: String, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    /// A one-line explanation, such as `history: cannot open /x: Permission denied`.
    public var description: String {
        "history: cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}
