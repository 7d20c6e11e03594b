import CloudBackupAPI
import CloudBackupClient
import Foundation
import Testing

/// A list answer may be the documented object, with or without `links`, or a bare array; a `next`
/// link is followed on the lists documented unpaged as on the others.
@Suite("List answers in any shape")
struct ListShapeTests {
    /// A list documented unpaged, the member holding its items, and one item as JSON.
    struct UnpagedList: Sendable, CustomStringConvertible {
        let path: String
        let member: String
        let item: @Sendable (String) -> String
        let call: @Sendable (CloudBackupClient) async throws -> [String]
        var description: String { path }
    }

    static let lists: [UnpagedList] = [
        UnpagedList(path: "/agents", member: "agents", item: { #"{"id": "\#($0)", "name": "n\#($0)"}"# }) {
            try await $0.listAgents().map(\.id)
        },
        UnpagedList(path: "/configurations", member: "configurations", item: { #"{"id": "\#($0)", "name": "c", "enabled": true}"# }) {
            try await $0.listConfigurations().map(\.id)
        },
        UnpagedList(path: "/agents/a1/configurations", member: "configurations", item: { #"{"id": "\#($0)", "name": "c", "enabled": true}"# }) {
            try await $0.agentConfigurations(agentID: "a1").map(\.id)
        },
        UnpagedList(path: "/agents/a1/logfiles", member: "logfiles", item: { #"{"id": "\#($0)", "date": "d", "state": "completed", "links": []}"# }) {
            try await $0.listLogFiles(agentID: "a1").map(\.id)
        },
    ]

    /// Three pages: the documented object with a `next` link on another host, a bare array, then
    /// an object without `links`.
    static func transport(for list: UnpagedList) -> FakeTransport {
        FakeTransport { request in
            let marker = URLComponents(string: request.url)?.queryItems?.first { $0.name == "marker" }?.value
            let next = #"[{"href": "https://elsewhere.example\#(list.path)?marker=MARKER&limit=2", "rel": "next"}]"#
            let body = switch marker {
            case nil: #"{"\#(list.member)": [\#(list.item("1")), \#(list.item("2"))], "links": \#(next.replacingOccurrences(of: "MARKER", with: "2"))}"#
            case "2": "[\(list.item("3")), \(list.item("4"))]"
            default: #"{"\#(list.member)": []}"#
            }
            return .json(200, Array(body.utf8))
        }
    }

    @Test(arguments: lists)
    func aNextLinkOnAnUnpagedListIsFollowed(_ list: UnpagedList) async throws {
        let transport = Self.transport(for: list)
        let ids = try await list.call(FakeService.client(transport))
        // The bare array carries no links: the list ends there.
        #expect(ids == ["1", "2", "3", "4"])
        #expect(transport.requests.map(\.relative) == [list.path, list.path + "?limit=2&marker=2"])
    }

    @Test func aBareArrayIsAWholeList() async throws {
        let transport = FakeTransport { _ in .json(200, Array(#"[{"id": "a", "name": "web"}, {"id": "b", "name": "db"}]"#.utf8)) }
        #expect(try await FakeService.client(transport).listAgents().map(\.id) == ["a", "b"])
        #expect(transport.requests.count == 1)
    }

    @Test func aPagedListMayBeABareArray() async throws {
        let transport = FakeTransport { _ in .json(200, Array(#"[{"id": "b1", "state": "completed"}]"#.utf8)) }
        #expect(try await FakeService.client(transport).backups().collect().map(\.id) == ["b1"])
    }

    @Test func anObjectWithoutTheItemsIsADecodingError() async throws {
        let transport = FakeTransport { _ in .json(200, Array(#"{"things": []}"#.utf8)) }
        let error = await #expect(throws: APIError.self) { try await FakeService.client(transport).listAgents() }
        #expect(error?.kind == .decoding)
        #expect(error?.message == "unexpected response: missing field .agents")
    }
}
