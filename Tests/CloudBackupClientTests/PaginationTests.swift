import CloudBackupAPI
import CloudBackupClient
import Foundation
import Testing

/// Paged lists follow `next` by its marker only, on the client's own endpoint and path.
@Suite("Pagination")
struct PaginationTests {
    /// A backups page with the given IDs and a `next` link as the docs spell it (another host, no project).
    static func backupsPage(_ ids: [String], next: String?, extraQuery: String = "") -> [UInt8] {
        let items = ids.map { #"{"id": "\#($0)", "state": "completed"}"# }.joined(separator: ",")
        let links = next.map {
            #"[{"href": "https://cloudbackupapi.apiary-mock.com/v2/backups?marker=\#($0)\#(extraQuery)", "rel": "next"}]"#
        } ?? "[]"
        return Array(#"{"backups": [\#(items)], "links": \#(links)}"#.utf8)
    }

    /// A transport answering page by page, keyed by the request's marker ("" for the first page).
    static func pages(_ pages: [String: [UInt8]]) -> FakeTransport {
        FakeTransport { request in
            let marker = URLComponents(string: request.url)?.queryItems?.first { $0.name == "marker" }?.value ?? ""
            return .json(200, pages[marker] ?? Array(#"{"backups": [], "links": []}"#.utf8))
        }
    }

    @Test func followsNextAcrossSeveralPagesOnItsOwnEndpoint() async throws {
        let transport = Self.pages([
            "": Self.backupsPage(["a", "b"], next: "b"),
            "b": Self.backupsPage(["c", "d"], next: "d"),
            "d": Self.backupsPage(["e"], next: nil),
        ])
        let ids = try await FakeService.client(transport).backups().collect().map(\.id)
        #expect(ids == ["a", "b", "c", "d", "e"])
        #expect(transport.requests.map(\.relative) == ["/backups", "/backups?marker=b", "/backups?marker=d"])
    }

    @Test func aMarkerThatComesBackStopsThePaging() async throws {
        let transport = Self.pages([
            "": Self.backupsPage(["a"], next: "a"),
            "a": Self.backupsPage(["b"], next: "b"),
            "b": Self.backupsPage(["c"], next: "a"),
        ])
        let ids = try await FakeService.client(transport).backups().collect().map(\.id)
        #expect(ids == ["a", "b", "c"])
        #expect(transport.requests.count == 3)
    }

    @Test func aNextLinkToItsOwnMarkerStopsAtOnce() async throws {
        let transport = Self.pages(["x": Self.backupsPage(["y"], next: "x")])
        let ids = try await FakeService.client(transport).backups(options: ListOptions(marker: "x")).collect().map(\.id)
        #expect(ids == ["y"])
        #expect(transport.requests.count == 1)
    }

    @Test func anEmptyPageEndsTheListEvenWithANextLink() async throws {
        let transport = Self.pages([
            "": Self.backupsPage(["a"], next: "a"),
            "a": Self.backupsPage([], next: "z"),
        ])
        #expect(try await FakeService.client(transport).backups().collect().map(\.id) == ["a"])
        #expect(transport.requests.count == 2)
    }

    @Test func filtersLimitAndOrderAreKeptAndTheLinksOrderWins() async throws {
        let transport = Self.pages([
            "": Self.backupsPage(["a"], next: "a", extraQuery: "&sort_dir=asc"),
            "a": Self.backupsPage(["b"], next: nil),
        ])
        let client = FakeService.client(transport)
        let options = ListOptions(limit: 1, sortDirection: .desc)
        _ = try await client.backups(restorable: true, configurationID: "cfg 1", options: options).collect()
        #expect(transport.requests.map(\.relative) == [
            "/backups?limit=1&sort_dir=desc&restorable=true&configuration_id=cfg%201",
            "/backups?restorable=true&configuration_id=cfg%201&limit=1&sort_dir=asc&marker=a",
        ])
    }

    @Test func theDocumentedLinkToAnotherListIsNotFollowedVerbatim() async throws {
        // The documented example of listProjectEvents links to /v2/backups/{id}/events; the next page must
        // stay on /events.
        let transport = FakeTransport(DocumentedAnswers.answer)
        let events = try await FakeService.client(transport).projectEvents().collect()
        #expect(events.count == 14)
        #expect(transport.requests.map(\.relative) == ["/events", "/events?marker=5650135596"])
    }

    @Test func iterationIsLazy() async throws {
        let transport = Self.pages([
            "": Self.backupsPage(["a", "b"], next: "b"),
            "b": Self.backupsPage(["c"], next: nil),
        ])
        let first = try await FakeService.client(transport).backups().collect(limit: 2)
        #expect(first.map(\.id) == ["a", "b"])
        #expect(transport.requests.count == 1)
        #expect(try await FakeService.client(transport).backups().collect(limit: 0).isEmpty)
        #expect(transport.requests.count == 1)
    }

    @Test func eventListsSendTheirPagingParameters() async throws {
        let transport = FakeTransport(DocumentedAnswers.answer)
        let client = FakeService.client(transport)
        _ = try await client.backupEvents(
            backupID: "b 1", options: ListOptions(marker: "5152883867", limit: 50, sortDirection: .asc)).collect()
        #expect(transport.requests.first?.relative == "/backups/b%201/events?marker=5152883867&limit=50&sort_dir=asc")
    }
}

extension PaginationTests {
    @Test func itemsRepeatedByALaterPageAreReturnedOnce() async throws {
        // The documented activity links use the first item of a page as the marker.
        let transport = Self.pages([
            "": Self.backupsPage(["c", "b", "a"], next: "c"),
            "c": Self.backupsPage(["b", "a", "z"], next: "b"),
            "b": Self.backupsPage(["a", "z"], next: "a"),
        ])
        let ids = try await FakeService.client(transport).backups().collect().map(\.id)
        #expect(ids == ["c", "b", "a", "z"])
        #expect(transport.requests.count == 3)
    }
}
