/// The body of `authenticateAgent`: an agent logs in with the password it got at registration.
public struct AgentTokenRequest: Codable, Sendable, Equatable {
    public var projectID: String
    /// The agent's ID.
    public var id: String
    public var password: Secret
    public var name: String
    public var version: String
    /// `os`, `fingerprint` (must match the registration's) and `addresses`.
    public var host: AgentHost

    public init(projectID: String, id: String, password: Secret, name: String, version: String, host: AgentHost) {
        self.projectID = projectID
        self.id = id
        self.password = password
        self.name = name
        self.version = version
        self.host = host
    }

    enum CodingKeys: String, CodingKey {
        case projectID = "project_id"
        case id, password, name, version, host
    }
}

/// The answer of `authenticateAgent`: `{"token": {"id": ..., "expires": ...}}`.
public struct AgentTokenResponse: Codable, Sendable, Equatable {
    public var token: AgentToken

    public init(token: AgentToken) {
        self.token = token
    }
}

/// An Identity token issued to an agent.
public struct AgentToken: Codable, Sendable, Equatable {
    public var id: Secret
    public var expires: String?

    public init(id: Secret, expires: String?) {
        self.id = id
        self.expires = expires
    }
}
