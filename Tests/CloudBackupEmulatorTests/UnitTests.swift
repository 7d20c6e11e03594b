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
