import Foundation

/// Identity tokens.
extension Store {
    /// A new token: 32 random hex digits, valid for the configured lifetime.
    func issueToken() -> (id: String, expires: Date) {
        let now = clock.now
        identityRequests += 1
        let id = Self.randomHex(byteCount: 16)
        tokens[id] = now + tokenLifetime
        return (id, clock.date(at: now + tokenLifetime))
    }

    /// Counts a token request that did not issue a token.
    func noteRejectedTokenRequest() {
        identityRequests += 1
    }

    func isValid(token: String) -> Bool {
        guard let expiry = tokens[token] else { return false }
        return clock.now < expiry
    }

    func revokeAllTokens() {
        tokens.removeAll()
    }
}
