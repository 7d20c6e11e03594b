import CloudBackupAPI
import Testing

@testable import BshRuntime

@Suite("The browse cache")
struct BrowseCacheTests {
    static func listing(_ path: String, entries: Int) -> BrowseResult {
        BrowseResult(
            id: "1", time: nil, event: "host_browsed", agent: nil, requestID: "r", succeeded: true, path: path,
            pathEncoded: nil,
            items: (0..<entries).map { BrowseItem(name: "f\($0)", nameEncoded: nil, bytes: $0, mimeType: "text/plain") })
    }

    @Test func dropsTheResultsStoredLongestAgoPastItsLimit() {
        var cache = BrowseCache(entryLimit: 30)
        for index in 0..<5 { cache.store(Self.listing("/d\(index)", entries: 9), agentID: "a") }
        // Each result counts 10 (its 9 entries and itself): the last three fit.
        #expect(cache.entryCount == 30)
        #expect(cache.result(agentID: "a", path: RemoteName("/d1")) == nil)
        #expect(cache.result(agentID: "a", path: RemoteName("/d2"))?.items.count == 9)
        #expect(cache.paths(agentID: "a") == ["/d2", "/d3", "/d4"].map { RemoteName($0) })
    }

    @Test func storingAPathAgainCountsItOnceAndMakesItTheNewest() {
        var cache = BrowseCache(entryLimit: 30)
        cache.store(Self.listing("/a", entries: 9), agentID: "x")
        cache.store(Self.listing("/b", entries: 9), agentID: "x")
        cache.store(Self.listing("/a/", entries: 4), agentID: "x")
        #expect(cache.entryCount == 15)
        cache.store(Self.listing("/c", entries: 9), agentID: "x")
        cache.store(Self.listing("/d", entries: 9), agentID: "x")
        // /b was stored before /a's second listing, so it goes first.
        #expect(cache.result(agentID: "x", path: RemoteName("/b")) == nil)
        #expect(cache.result(agentID: "x", path: RemoteName("/a"))?.items.count == 4)
        #expect(cache.entryCount == 25)
    }

    @Test func keepsTheLastResultHoweverLarge() {
        var cache = BrowseCache(entryLimit: 10)
        cache.store(Self.listing("/small", entries: 2), agentID: "a")
        cache.store(Self.listing("/large", entries: 100), agentID: "a")
        #expect(cache.result(agentID: "a", path: RemoteName("/large"))?.items.count == 100)
        #expect(cache.result(agentID: "a", path: RemoteName("/small")) == nil)
    }

    /// Storing one path over and over keeps one result and lets go of the places of the others.
    @Test func repeatedStoresStayBounded() {
        var cache = BrowseCache(entryLimit: 1_000)
        for _ in 0..<10_000 { cache.store(Self.listing("/etc", entries: 3), agentID: "a") }
        #expect(cache.entryCount == 4)
        #expect(cache.paths(agentID: "a") == [RemoteName("/etc")])
        #expect(cache.placeCount <= 1_026)
    }
}
