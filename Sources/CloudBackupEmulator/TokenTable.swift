import Foundation

/// The Identity tokens issued, with their expiry, and how many token requests came in.
struct TokenTable: Sendable {
    typealias Instant = ContinuousClock.Instant

    let lifetime: Duration
    private var expiries: [String: Instant] = [:]
    /// Token requests, issued or refused.
    private(set) var requestCount = 0

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    /// A new token, valid from `now` for the lifetime: 32 random hex digits. Expired tokens are
    /// forgotten then (a request with one is refused all the same), so that clients signing in
    /// again and again do not make the table grow.
    mutating func issue(at now: Instant) -> (id: String, expires: Instant) {
        requestCount += 1
        expiries = expiries.filter { now < $0.value }
        let id = Store.randomHex(byteCount: 16)
        expiries[id] = now + lifetime
        return (id, now + lifetime)
    }

    /// Counts a token request that did not issue a token.
    mutating func noteRejectedRequest() {
        requestCount += 1
    }

    func isValid(_ token: String, at now: Instant) -> Bool {
        guard let expiry = expiries[token] else { return false }
        return now < expiry
    }

    mutating func revokeAll() {
        expiries.removeAll()
    }
}
