import CloudBackupAPI
import Foundation

/// The Cloud Backup v2 client core: every call goes through `send`, which authenticates, retries
/// what may be retried, re-authenticates once on a 401, and turns failures into `APIError`s.
public final class CloudBackupClient: Sendable {
    public let configuration: ClientConfiguration
    let transport: any HTTPTransport
    private let authenticator: IdentityAuthenticator

    public init(configuration: ClientConfiguration, transport: any HTTPTransport) {
        let transport = configuration.exchangeLog.map { LoggingTransport(base: transport, log: $0) } ?? transport
        self.configuration = configuration
        self.transport = transport
        self.authenticator = IdentityAuthenticator(
            access: configuration.access, transport: transport,
            userAgent: configuration.userAgent, timeout: configuration.requestTimeout)
    }

    /// The current session: authenticates first if needed.
    public func session() async throws -> AuthSession {
        try await authenticator.session()
    }

    /// Sends one operation. `arguments` fill the path template's parameters by name, e.g.
    /// `send(.getLogFile, [.agentID: agent, .logFileID: id])`. Statuses in `accepting` are returned
    /// rather than thrown (a 404 that means "not ready yet", say).
    public func send(
        _ operation: APIOperation, _ arguments: PathArguments = [:], query: [(String, String)] = [],
        body: [UInt8]? = nil, accepting: Set<Int> = []
    ) async throws -> ServiceResponse {
        try await send(operation, arguments, query: query, body: body, headers: [], accepting: accepting)
    }

    /// `send` with extra request headers, such as `X-Agent-Id` for the calls agents make.
    public func send(
        _ operation: APIOperation, _ arguments: PathArguments = [:], query: [(String, String)] = [],
        body: [UInt8]? = nil, headers extraHeaders: [(name: String, value: String)], accepting: Set<Int> = []
    ) async throws -> ServiceResponse {
        try await send(
            operation, arguments, query: query, body: body, headers: extraHeaders, accepting: accepting,
            repeatable: RetryPolicy.isIdempotent(operation.method.rawValue) || RepeatableOperations.contains(operation))
    }

    /// The one place requests are sent. `repeatable` says whether the request may be sent again after
    /// its answer was lost: a POST that creates something is not (its caller looks for what it made,
    /// see `CreationRecovery`); a DELETE is, and a 404 after a lost answer means it was done.
    func send(
        _ operation: APIOperation, _ arguments: PathArguments, query: [(String, String)], body: [UInt8]?,
        headers extraHeaders: [(name: String, value: String)], accepting: Set<Int>, repeatable: Bool
    ) async throws -> ServiceResponse {
        let path = operation.path(arguments)
        let method = operation.method.rawValue
        let label = "\(method) \(path)"
        let policy = configuration.retryPolicy
        let sendsToken = operation.sendsUserToken
        var attempt = 0
        var renewedToken = false
        var answerLost = false
        while true {
            attempt += 1
            let session = try await authenticator.session()
            let request = TransportRequest(
                method: method, url: session.endpoint + path + Self.queryString(query),
                headers: headers(token: sendsToken ? session.token : nil, method: method, hasBody: body != nil)
                    + extraHeaders,
                body: body)
            let response: TransportResponse
            do {
                response = try await transport.send(request, timeout: RequestDeadline.timeout(configuration.requestTimeout))
            } catch let error as APIError where error.kind == .transport || error.kind == .connection {
                let outcome: RetryPolicy.Outcome = error.kind == .connection ? .notConnected : .connectionFailure
                let delay = policy.delay(afterAttempt: attempt, retryAfter: nil)
                guard policy.shouldRetry(idempotent: repeatable, outcome: outcome, attempt: attempt),
                    RequestDeadline.allows(delay)
                else {
                    throw APIError(kind: error.kind, operation: label, message: error.message)
                }
                answerLost = answerLost || error.kind == .transport
                note(RetryNotice(operation: label, retry: attempt, reason: .failure(error.message), delay: delay))
                try await Task.sleep(for: delay)
                continue
            }
            if response.status == 401, sendsToken, !renewedToken, await authenticator.invalidate(session.token) {
                renewedToken = true
                attempt -= 1
                continue
            }
            if (200...299).contains(response.status) || accepting.contains(response.status) {
                return ServiceResponse(status: response.status, headers: response.headers, body: response.body)
            }
            if answerLost, method == "DELETE", response.status == 404 {
                // The attempt whose answer was lost deleted it.
                return ServiceResponse(status: 204, headers: response.headers, body: [])
            }
            let retryAfter = response.header("Retry-After").flatMap(Double.init)
            let outcome = RetryPolicy.Outcome.status(response.status, retryAfter: retryAfter)
            let delay = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
            if policy.shouldRetry(idempotent: repeatable, outcome: outcome, attempt: attempt), RequestDeadline.allows(delay) {
                note(RetryNotice(operation: label, retry: attempt, reason: .status(response.status, retryAfter: retryAfter), delay: delay))
                try await Task.sleep(for: delay)
                continue
            }
            throw APIError(
                kind: response.status == 401 && sendsToken ? .authentication : .http, operation: label, status: response.status,
                message: ServiceMessage.extract(from: response.body) ?? HTTPStatus.reason(response.status),
                retryAfter: retryAfter)
        }
    }

    func note(_ retry: RetryNotice) {
        configuration.exchangeLog?.retry(retry)
    }

    /// Sends an operation and decodes its JSON answer.
    func decoded<T: Decodable>(_ type: T.Type, _ operation: APIOperation, _ arguments: PathArguments = [:]) async throws -> T {
        let response = try await send(operation, arguments)
        return try JSONCoding.decode(type, from: response.body, operation: operation.label(arguments))
    }

    /// The headers of every request; `X-Auth-Token` only when there is a token to send.
    private func headers(token: Secret?, method: String, hasBody: Bool) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [("User-Agent", configuration.userAgent), ("Accept", "application/json")]
        if let token { headers.insert(("X-Auth-Token", token.revealed), at: 0) }
        if hasBody {
            headers.append(("Content-Type", method == "PATCH" ? "application/json-patch+json" : "application/json"))
        }
        return headers
    }

    static func queryString(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "" }
        return "?" + query.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: queryValueAllowed) ?? value)"
        }.joined(separator: "&")
    }

    private static let queryValueAllowed: CharacterSet = {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+")
        return allowed
    }()
}
