import CloudBackupAPI
import CloudBackupClient
import Testing

@Suite("Browse requests over HTTP")
struct BrowseTests {
    static let web01 = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    @Test func theResultIsPendingUntilTheAgentAnswers() async throws {
        // At half speed web01's first idle poll comes 2.5 s after the start: the first read is surely early.
        try await ClientFixture.with(timeScale: 0.5) { fixture in
            let requestID = try await fixture.client.requestBrowse(agentID: Self.web01, path: RemoteName("/etc"))
            #expect(try await fixture.client.browseResult(agentID: Self.web01, requestID: requestID) == nil)
            let result = try #require(try await eventually {
                try await fixture.client.browseResult(agentID: Self.web01, requestID: requestID)
            })
            #expect(result.requestID == requestID)
            #expect(result.succeeded)
            #expect(result.items.contains { $0.name == "hosts" })
        }
    }

    @Test func namesThatAreNotUTF8RoundTripThroughBase64() async throws {
        try await ClientFixture.with { fixture in
            try await fixture.client.activateAgents(mode: .realTime)
            let home = try await browse(fixture, RemoteName("/home/deploy"))
            let odd = try #require(home.items.first { !$0.remoteName.isValidUTF8 })
            #expect(odd.nameEncoded != nil)
            #expect(odd.remoteName.escaped.contains("\\x"))
            if odd.isDirectory {
                let inner = try await browse(fixture, RemoteName(bytes: Array("/home/deploy/".utf8) + odd.remoteName.bytes))
                #expect(inner.succeeded)
                #expect(inner.remotePath.bytes.suffix(odd.remoteName.bytes.count) == odd.remoteName.bytes[...])
            }
        }
    }

    @Test func anUnknownAgentIsA404WithTheServiceMessage() async throws {
        try await ClientFixture.with { fixture in
            let error = await #expect(throws: APIError.self) {
                try await fixture.client.requestBrowse(agentID: "00000000-0000-0000-0000-000000000000", path: RemoteName("/"))
            }
            #expect(error?.status == 404)
            #expect(error?.message.isEmpty == false)
        }
    }

    private func browse(_ fixture: ClientFixture, _ path: RemoteName) async throws -> BrowseResult {
        let id = try await fixture.client.requestBrowse(agentID: Self.web01, path: path)
        return try #require(try await eventually { try await fixture.client.browseResult(agentID: Self.web01, requestID: id) })
    }
}
