extension APIError {
    /// True when the same request may well succeed a moment later: no connection could be made,
    /// the connection broke or no answer came in time, or the service said it is busy or
    /// unreachable behind its gateway (408, 429, 502, 503, 504). A caller that polls keeps polling
    /// through these; any other failure (400, 401 after the token was renewed, 404) stays an answer.
    public var isTransient: Bool {
        switch kind {
        case .connection, .transport: true
        case .http: status.map(Self.transientStatuses.contains) ?? false
        case .authentication, .decoding, .configuration: false
        }
    }

    static let transientStatuses: Set<Int> = [408, 429, 502, 503, 504]
}
