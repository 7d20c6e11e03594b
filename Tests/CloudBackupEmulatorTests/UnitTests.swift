import CloudBackupAPI
import Foundation
import Testing

@testable import CloudBackupEmulator

@Suite("Small parts")
struct UnitTests {
    @Test(arguments: [
        ("", "d41d8cd98f00b204e9800998ecf8427e"),
        ("abc", "900150983cd24fb0d6963f7d28e17f72"),
        ("The quick brown fox jumps over the lazy dog", "9e107d9d372bb6826bd81d3542a419d6"),
        (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
    ])
    func md5MatchesTheRFCVectors(input: String, digest: String) {
        #expect(MD5.hex(Array(input.utf8)) == digest)
    }

    @Test func requestPathsLoseTheirFormatSuffix() {
        let json = RequestPath("/v2/123456/agents.json")
        #expect(json.operationSegments == ["agents"])
        #expect(!json.wantsXML(accept: "application/xml"))
        #expect(RequestPath("/v2/123456/agents.xml").wantsXML(accept: nil))
        #expect(RequestPath("/v2/123456/agents").wantsXML(accept: "application/xml"))
        #expect(!RequestPath("/v2/123456/agents").wantsXML(accept: "application/json, application/xml"))
        #expect(RequestPath("/v2/123456/agents/a%20b").operationSegments == ["agents", "a b"])
    }

    @Test func fileTreesResolveDotsAndIgnoreTrailingSlashes() throws {
        let seed = try #require(SeedAgent.demoProject.first)
        let root = HostFiles(seed: seed).root()
        #expect(root.node(at: RemoteName("/etc/ssh/"))?.children?.isEmpty == false)
        #expect(root.node(at: RemoteName("/etc/../home/./deploy"))?.name == RemoteName("deploy"))
        #expect(root.node(at: RemoteName("/..")) != nil)
        #expect(root.node(at: RemoteName("etc")) == nil)
        #expect(root.node(at: RemoteName("/etc/hosts"))?.children == nil)
    }

    @Test func sizesDifferBetweenHostsButNotBetweenRuns() throws {
        let web01 = HostFiles(seed: SeedAgent.demoProject[0]).root()
        let web02 = HostFiles(seed: SeedAgent.demoProject[1]).root()
        let path = RemoteName("/var/log/syslog")
        #expect(web01.node(at: path)?.browseItem.bytes != web02.node(at: path)?.browseItem.bytes)
        #expect(
            web01.node(at: path)?.browseItem
                == HostFiles(seed: SeedAgent.demoProject[0]).root().node(at: path)?.browseItem)
    }

    @Test func timestampsHaveTheDocumentedShapes() {
        let date = Date(timeIntervalSince1970: 1_411_474_960.606_703)
        #expect(Timestamp.microseconds(date) == "2014-09-23T12:22:40.606703Z")
        #expect(Timestamp.milliseconds(date) == "2014-09-23T12:22:40.606Z")
    }
}

@Suite("The store's tables")
struct StoreTableTests {
    @Test func recordsKeepTheOrderTheyWereAddedIn() {
        var records = OrderedRecords<String>()
        records["a"] = "first"
        records["b"] = "second"
        records["c"] = "third"
        records["a"] = "first, changed"
        #expect(records.ids == ["a", "b", "c"])
        #expect(records.ordered == ["first, changed", "second", "third"])
        records["b"] = nil
        records["b"] = "back"
        #expect(records.ids == ["a", "c", "b"])
        records.removeAll { $0.hasPrefix("first") }
        #expect(records.ids == ["c", "b"])
        #expect(records["a"] == nil)
        #expect(Set(records.values) == ["third", "back"])
    }

    @Test func jobNumbersOnlyGrow() {
        var jobs = JobTable(firstSequence: 4, firstSnapshotID: 100)
        #expect(jobs.takeSequence() == 4)
        #expect(jobs.takeSequence() == 5)
        #expect(jobs.takeSnapshotID() == 100)
        #expect(jobs.takeSnapshotID() == 101)
    }

    @Test func tokensExpireAndAreCountedWhenRefusedToo() {
        var tokens = TokenTable(lifetime: .seconds(60))
        let start = ContinuousClock.now
        let token = tokens.issue(at: start)
        tokens.noteRejectedRequest()
        #expect(token.id.count == 32)
        #expect(tokens.isValid(token.id, at: start + .seconds(59)))
        #expect(!tokens.isValid(token.id, at: start + .seconds(60)))
        #expect(!tokens.isValid("other", at: start))
        #expect(tokens.requestCount == 2)
        tokens.revokeAll()
        #expect(!tokens.isValid(token.id, at: start))
    }

    @Test func theEventLogKeepsTheNewestAndNumbersEveryEvent() {
        var log = EventLog()
        let first = log.takeID()
        #expect(log.takeID() == first + 1)
        for index in 0..<(EventLog.capacity + 5) {
            log.append(
                RecordedEvent(
                    id: index, at: .now, agentID: nil, name: "e\(index)", subjects: [], document: .object([])))
        }
        #expect(log.events.count == EventLog.capacity)
        #expect(log.events.first?.id == 5)
    }

    @Test func answeredRequestsExpireAndGoWithTheirAgent() {
        var requests = AgentRequests()
        let start = ContinuousClock.now
        for (id, agentID) in [("b1", "a1"), ("b2", "a1"), ("b3", "a2")] {
            requests.addBrowse(BrowseRequestRecord(id: id, agentID: agentID, path: RemoteName("/etc"), createdAt: start))
        }
        let answer = BrowseResult(
            id: "1", time: nil, event: "host_browsed", agent: nil, requestID: "b", succeeded: true, path: "/etc", pathEncoded: nil,
            items: [])
        requests.vault["v1"] = VaultRequestRecord(
            id: "v1", agentID: "a2", kind: .encryption(oldPasswordHex: nil, newPasswordHex: "00"), createdAt: start,
            answeredAt: start)
        requests.answerBrowse("b1", with: answer, at: start)
        requests.answerBrowse("b3", with: answer, at: start + .seconds(30))
        #expect(Set(requests.unansweredBrowse.map(\.id)) == ["b2"])
        requests.removeExpired(at: start + .seconds(60), lifetime: .seconds(60))
        #expect(Set(requests.browse.keys) == ["b2", "b3"])
        #expect(requests.browse["b3"]?.answer != nil)
        #expect(requests.vault.isEmpty)
        requests.removeAll(agentID: "a2")
        #expect(Set(requests.browse.keys) == ["b2"])
    }

    @Test func recordsAreIndexedByOwnerAndByWhetherTheyAreInProgress() {
        var records = OrderedRecords<String>(isActive: { $0.hasSuffix("*") }, owner: { String($0.prefix(1)) })
        records["1"] = "a1*"
        records["2"] = "b1"
        records["3"] = "a2"
        #expect(records.ordered(ownedBy: "a") == ["a1*", "a2"])
        #expect(records.active == ["a1*"])
        records["1"]? = "a1"
        #expect(records.active.isEmpty)
        records["1"] = nil
        #expect(records.ordered(ownedBy: "a") == ["a2"])
        records.removeAll { $0 == "a2" }
        #expect(records.ordered(ownedBy: "a").isEmpty)
        #expect(records.ordered(ownedBy: "b") == ["b1"])
    }
}
