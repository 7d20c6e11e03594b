import CloudBackupAPI
import Foundation

/// Obtains and caches the token. Concurrent callers share one authentication; the token is renewed
/// shortly before it expires and once more when the service rejects it.
actor IdentityAuthenticator {
    private let access: ServiceAccess
    private let transport: any HTTPTransport
    private let userAgent: String
    private let timeout: Duration
    private var current: AuthSession?
    private var pending: Task<AuthSession, any Error>?

    init(access: ServiceAccess, transport: any HTTPTransport, userAgent: String, timeout: Duration) {
        self.access = access
        self.transport = transport
        self.userAgent = userAgent
        self.timeout = timeout
    }

    /// A valid session, authenticating when there is none or it is about to expire.
    func session() async throws -> AuthSession {
        if let current, !current.needsRenewal(at: Date()) { return current }
        if let pending { return try await pending.value }
        let task = Task { try await self.authenticate() }
        pending = task
        defer { pending = nil }
        let session = try await task.value
        current = session
        return session
    }

    /// Forgets `token` after the service rejected it, so that the next `session()` authenticates anew.
    /// Returns false in direct mode, where there is nothing to renew.
    func invalidate(_ token: Secret) -> Bool {
        guard case .identity = access else { return false }
        if current?.token == token { current = nil }
        return true
    }

    private func authenticate() async throws -> AuthSession {
        switch access {
        case .direct(let endpoint, let token):
            let trimmed = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
            let project = trimmed.split(separator: "/").last.map(String.init) ?? ""
            return AuthSession(token: token, endpoint: trimmed, projectID: project, expires: nil, region: nil, regions: [])
        case .identity(let url, let credentials, let region):
            let base = url.hasSuffix("/") ? String(url.dropLast()) : url
            let body = try JSONCoding.encode(credentials.authRequest)
            let request = TransportRequest(
                method: "POST", url: base + "/tokens",
                headers: [("Content-Type", "application/json"), ("Accept", "application/json"), ("User-Agent", userAgent)],
                body: body)
            let response = try await transport.send(request, timeout: timeout)
            guard response.status == 200 else {
                let message = ServiceMessage.extract(from: response.body) ?? "identity refused the request"
                throw APIError(
                    kind: response.status == 401 || response.status == 403 ? .authentication : .http,
                    operation: "authenticate as \(credentials.username)", status: response.status, message: message)
            }
            let document = try JSONCoding.decode(AccessResponse.self, from: response.body, operation: "identity")
            return try AuthSession(access: document.access, region: region)
        }
    }
}
