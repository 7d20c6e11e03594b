import CloudBackupAPI

/// Where the Cloud Backup endpoint and token come from.
public enum ServiceAccess: Sendable, Equatable {
    /// Authenticate against Identity v2.0 and take the endpoint from the service catalog.
    case identity(url: String, credentials: Credentials, region: String?)
    /// Use this endpoint (ending in `/v2/{project_id}`) and this token as they are.
    case direct(endpoint: String, token: Secret)
}

/// Everything the client needs to talk to the service.
public struct ClientConfiguration: Sendable {
    public var access: ServiceAccess
    public var userAgent: String
    public var retryPolicy: RetryPolicy
    /// The limit for one HTTP exchange, connection included.
    public var requestTimeout: Duration
    /// The largest response body accepted, in bytes.
    public var maximumBodySize: Int
    /// When set, every exchange (identity's included) and every retry is written there, credentials hidden.
    public var exchangeLog: ExchangeLog?

    public init(
        access: ServiceAccess, userAgent: String = "bsh/\(ClientVersion.current)",
        retryPolicy: RetryPolicy = .init(), requestTimeout: Duration = .seconds(60),
        maximumBodySize: Int = 1 << 30, exchangeLog: ExchangeLog? = nil
    ) {
        self.access = access
        self.userAgent = userAgent
        self.retryPolicy = retryPolicy
        self.requestTimeout = requestTimeout
        self.maximumBodySize = maximumBodySize
        self.exchangeLog = exchangeLog
    }
}

/// The version bsh reports in its `User-Agent`.
public enum ClientVersion {
    public static let current = "0.1.0"
}
