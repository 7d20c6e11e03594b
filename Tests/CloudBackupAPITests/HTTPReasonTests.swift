import CloudBackupAPI
import Testing

@Suite("Reason phrases")
struct HTTPReasonTests {
    @Test func documentedStatusesHaveTheirPhrase() {
        #expect(HTTPReason.phrase(404) == "Not Found")
        #expect(HTTPReason.phrase(503) == "Service Unavailable")
        #expect(HTTPReason.phrase(429) == "Too Many Requests")
    }

    @Test func otherStatusesHaveNone() {
        #expect(HTTPReason.phrase(299) == nil)
        #expect(HTTPReason.phrase(0) == nil)
    }
}
