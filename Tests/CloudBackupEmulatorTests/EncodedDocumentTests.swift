import CloudBackupAPI
import Foundation
import Hummingbird
import Testing

@testable import CloudBackupEmulator

@Suite("Documents encoded once and kept (listAgents, getAgent, browse answers)")
struct EncodedDocumentTests {
    @Test func aDocumentIsEncodedAgainOnlyWhenItsSourceChanged() {
        var documents = EncodedDocuments<String>()
        var encoded: [String] = []
        func json(_ id: String, _ source: String) -> String {
            let buffer = documents.json(id: id, source: source) { source in
                encoded.append(source)
                return ByteBuffer(string: "\"\(source)\"")
            }
            return String(buffer: buffer)
        }
        #expect(json("a", "one") == "\"one\"")
        #expect(json("a", "one") == "\"one\"")
        #expect(json("b", "one") == "\"one\"")
        #expect(json("a", "two") == "\"two\"")
        #expect(json("a", "two") == "\"two\"")
        #expect(encoded == ["one", "one", "two"])
        documents.keepOnly(["b"])
        #expect(documents.count == 1)
        #expect(json("a", "two") == "\"two\"")
        #expect(encoded == ["one", "one", "two", "two"])
    }

    @Test func everyChangeToTheRecordsChangesTheirVersion() {
        var records = OrderedRecords<String>()
        var versions = [records.version]
        records["a"] = "1"
        versions.append(records.version)
        records["a"]? += "2"
        versions.append(records.version)
        records["b"] = "3"
        versions.append(records.version)
        records.removeAll { $0 == "3" }
        versions.append(records.version)
        records["a"] = nil
        versions.append(records.version)
        #expect(Set(versions).count == versions.count)
        #expect(records.ids.isEmpty)
    }

    @Test func theAgentListIsTheBytesTheEncoderGivesTheWholeList() async throws {
        let store = Store(configuration: .init())
        let urls = ServiceURLs(base: "http://127.0.0.1:8080")
        store.attach(urls: urls)
        let agents = await store.agents(hostMachineID: nil)
        let documents = agents.map { $0.document(urls: urls) }
        let kept = try await store.encodedAgents(hostMachineID: nil)
        #expect(kept.ids == agents.map(\.id))
        #expect(kept.items.count == 5)
        let whole = try JSONResponse.encode(ListDocument(member: "agents", items: documents, links: nil))
        #expect(kept.whole == whole)
        #expect(UnpagedList.json(member: "agents", items: kept.items, links: nil) == whole)
        // Served a second time from what was kept.
        #expect(try await store.encodedAgents(hostMachineID: nil).whole == whole)
        let filtered = try await store.encodedAgents(hostMachineID: "9d2c47e1-0a6b-4f38-b5e9-71c8d3f2a056")
        #expect(filtered.ids.count == 1)
        #expect(filtered.items.first == kept.items[kept.ids.firstIndex(of: filtered.ids[0]) ?? 0])
        for (agent, document) in zip(agents, documents) {
            #expect(try await store.encodedAgent(id: agent.id) == JSONResponse.encode(document))
        }
        #expect(try await store.encodedAgent(id: "nope") == nil)
    }

    /// The list keys sort around `links`: `agents` and `configurations` before it, `log_files` after.
    @Test(arguments: ["agents", "configurations", "log_files", "z"])
    func aPagedListHasTheEncodersKeyOrder(member: String) throws {
        let items: [JSONValue] = [.object([("id", .string("a/1")), ("n", .int(1))]), .string("é\"\\")]
        let links = JSONValue.links([("next", "http://h/v2/1/agents?marker=a"), ("previous", "http://h/v2/1/agents?x=1")])
        let expected = try JSONResponse.encode(ListDocument(member: member, items: items, links: links))
        let joined = UnpagedList.json(
            member: member, items: try items.map(JSONResponse.encode), links: try JSONResponse.encode(links))
        #expect(String(buffer: joined) == String(buffer: expected))
        let empty = try JSONResponse.encode(ListDocument<JSONValue>(member: member, items: [], links: .array([])))
        #expect(UnpagedList.json(member: member, items: [], links: try JSONResponse.encode(JSONValue.array([]))) == empty)
    }

    @Test func anAgentsChangeShowsOnTheNextListAndGet() async throws {
        try await EmulatorSession.with { session in
            func logLevel(_ id: String) async throws -> (listed: String?, got: String?) {
                let list = try await session.call("GET", "/agents")
                let listed = list.items("agents").first { $0["id"] as? String == id }?["log_level"] as? String
                return (listed, try await session.call("GET", "/agents/" + id).json["log_level"] as? String)
            }
            let path = "/agents/" + Seeded.web02
            let before = try await logLevel(Seeded.web02)
            #expect(before.listed == before.got && before.listed != nil)
            for level in ["debug", "error", before.listed ?? "warn"] {
                let patch = #"[{"op":"replace","path":"/log_level","value":"\#(level)"}]"#
                #expect(try await session.patch(path, patch).status == 204)
                let after = try await logLevel(Seeded.web02)
                #expect(after.listed == level)
                #expect(after.got == level)
            }

            let created = try await session.call("POST", "/agents", body: AgentAdminTests.registration)
            let id = try #require(created.json["id"] as? String)
            #expect(try await session.call("GET", "/agents").items("agents").contains { $0["id"] as? String == id })
            #expect(try await session.call("DELETE", "/agents/" + id).status == 204)
            #expect(try await !session.call("GET", "/agents").items("agents").contains { $0["id"] as? String == id })
            #expect(try await session.call("GET", "/agents/" + id).status == 404)
        }
    }

    @Test func aBrowseAnswerIsTheSameOnEveryPoll() async throws {
        try await EmulatorSession.with { session in
            try await session.activate("real_time")
            let requested = try await session.call(
                "POST", "/agents/\(Seeded.web01)/browse-requests", body: #"{"path": "/etc"}"#)
            let location = try #require(requested.header("Location"))
            let first = try await eventually("a browse result") {
                let response = try await session.fetch(location)
                return response.status == 200 ? response : nil
            }
            let result = try first.decode(BrowseResult.self)
            #expect(result.succeeded && !result.items.isEmpty)
            let encoded = try JSONResponse.encode(result)
            #expect(first.body == Array(buffer: encoded))
            for _ in 0..<3 {
                let again = try await session.fetch(location)
                #expect(again.status == 200)
                #expect(again.header("Content-Type") == "application/json")
                #expect(again.body == first.body)
            }
        }
    }
}
