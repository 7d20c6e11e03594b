import CloudBackupAPI

/// How bsh proves who it is to Identity v2.0.
public enum Credentials: Sendable, Equatable {
    /// Rackspace API key credentials (`RAX-KSKEY:apiKeyCredentials`).
    case apiKey(username: String, apiKey: Secret)
    /// Identity v2.0 password credentials (`passwordCredentials`).
    case password(username: String, password: Secret)

    /// The user the credentials are for.
    public var username: String {
        switch self {
        case .apiKey(let username, _), .password(let username, _): username
        }
    }

    /// The token request body for these credentials.
    var authRequest: AuthRequest {
        switch self {
        case .apiKey(let username, let apiKey): AuthRequest(username: username, apiKey: apiKey)
        case .password(let username, let password): AuthRequest(username: username, password: password)
        }
    }
}
