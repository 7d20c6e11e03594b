import CloudBackupAPI
import Testing

@Suite("Operation table")
struct APIOperationTests {
    @Test func allSixtyOneOperationsAreListedOnce() {
        #expect(APIOperation.all.count == 61)
        #expect(Set(APIOperation.all.map(\.name)).count == 61)
        #expect(Set(APIOperation.all.map(\.description)).count == 61)
    }

    @Test func pathsAreFilledInOrderAndEncoded() {
        #expect(APIOperation.getAgentBrowseRequest.path("a1", "r 2") == "/agents/a1/browse-requests/r%202")
        #expect(APIOperation.listAgents.path() == "/agents")
        #expect(APIOperation.getLogFile.path("a/b", "c") == "/agents/a%2Fb/logfiles/c")
    }
}
