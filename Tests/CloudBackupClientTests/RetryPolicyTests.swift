import CloudBackupClient
import Testing

@Suite("Retry policy")
struct RetryPolicyTests {
    let policy = RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(100), maximumDelay: .seconds(5))

    @Test func idempotentRequestsRetryOnConnectionFailuresAnd5xx() {
        #expect(policy.shouldRetry(method: "GET", outcome: .connectionFailure, attempt: 1))
        #expect(policy.shouldRetry(method: "DELETE", outcome: .status(502, retryAfter: nil), attempt: 1))
        #expect(!policy.shouldRetry(method: "GET", outcome: .status(501, retryAfter: nil), attempt: 1))
        #expect(!policy.shouldRetry(method: "GET", outcome: .status(404, retryAfter: nil), attempt: 1))
    }

    @Test func postsRetryOnlyWhenTheServiceSaysSo() {
        #expect(!policy.shouldRetry(method: "POST", outcome: .connectionFailure, attempt: 1))
        #expect(!policy.shouldRetry(method: "POST", outcome: .status(503, retryAfter: nil), attempt: 1))
        #expect(policy.shouldRetry(method: "POST", outcome: .status(503, retryAfter: 2), attempt: 1))
        #expect(policy.shouldRetry(method: "POST", outcome: .status(429, retryAfter: nil), attempt: 1))
    }

    @Test func aRequestKnownSafeToRepeatRetriesLikeAGetWhateverItsMethod() {
        #expect(!RetryPolicy.isIdempotent("PATCH") && !RetryPolicy.isIdempotent("POST"))
        #expect(RetryPolicy.isIdempotent("DELETE") && RetryPolicy.isIdempotent("PUT"))
        #expect(policy.shouldRetry(idempotent: true, outcome: .connectionFailure, attempt: 1))
        #expect(policy.shouldRetry(idempotent: true, outcome: .status(502, retryAfter: nil), attempt: 1))
        #expect(!policy.shouldRetry(idempotent: false, outcome: .connectionFailure, attempt: 1))
        #expect(RetryPolicy().maximumAttempts == 8)
    }

    @Test func attemptsAreBounded() {
        #expect(!policy.shouldRetry(method: "GET", outcome: .connectionFailure, attempt: 4))
    }

    @Test func aConnectionNeverMadeIsTriedTwiceMoreWhateverTheMethod() {
        for method in ["GET", "POST"] {
            #expect(policy.shouldRetry(method: method, outcome: .notConnected, attempt: 1))
            #expect(policy.shouldRetry(method: method, outcome: .notConnected, attempt: 2))
            #expect(!policy.shouldRetry(method: method, outcome: .notConnected, attempt: 3))
        }
        #expect(!RetryPolicy.none.shouldRetry(method: "GET", outcome: .notConnected, attempt: 1))
    }

    @Test func delaysGrowExponentiallyWithFullJitterAndHonourRetryAfter() {
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil) { 1 } == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil) { 1 } == .milliseconds(400))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil) { 0.5 } == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 30, retryAfter: nil) { 1 } == .seconds(5))
        #expect(policy.delay(afterAttempt: 1, retryAfter: 2) { 0 } == .seconds(2))
        #expect(policy.delay(afterAttempt: 1, retryAfter: 600) { 0 } == .seconds(5))
    }
}
