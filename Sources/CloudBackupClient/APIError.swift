import CloudBackupAPI

/// A failed call to the service: which operation, the HTTP status if there was one, and the service's
/// own message. Never carries a token or a key.
public struct APIError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as a closed set.
    public enum Kind: Sendable, Equatable {
        /// The service answered with an error status.
        case http
        /// Identity refused the credentials or the token.
        case authentication
        /// No connection could be made: the request was not sent.
        case connection
        /// The connection broke, or no answer came in time.
        case transport
        /// The response was not the documented shape.
        case decoding
        /// The configuration cannot work (no Cloud Backup endpoint in the region, a bad URL).
        case configuration
    }

    public let kind: Kind
    /// The operation, e.g. `GET /agents/{agent_id}` or `identity`.
    public let operation: String
    public let status: Int?
    public let message: String
    /// Seconds the service asked to wait before retrying, when it said so.
    public let retryAfter: Double?
    /// When the answer was lost and the service may have done what was asked: where to look
    /// before asking again (`the backups of configuration c1 (GET /backups)`).
    public let check: String?

    public init(
        kind: Kind, operation: String, status: Int? = nil, message: String, retryAfter: Double? = nil, check: String? = nil
    ) {
        self.kind = kind
        self.operation = operation
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
        self.check = check
    }

    public var description: String {
        if let status {
            return "\(operation): HTTP \(status): \(message)"
        }
        return "\(operation): \(message)"
    }
}
