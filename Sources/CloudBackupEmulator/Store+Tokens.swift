import Foundation

/// Identity tokens.
extension Store {
    /// A new token: 32 random hex digits, valid for the configured lifetime.
    func issueToken() -> (id: String, expires: Date) {
        let token = tokens.issue(at: clock.now)
        return (token.id, clock.date(at: token.expires))
    }

    /// Counts a token request that did not issue a token.
    func noteRejectedTokenRequest() {
        tokens.noteRejectedRequest()
    }

    func isValid(token: String) -> Bool {
        tokens.isValid(token, at: clock.now)
    }

    func revokeAllTokens() {
        tokens.revokeAll()
    }
}
