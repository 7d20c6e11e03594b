import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Pagination over long lists")
struct PaginationTests {
    @Test func aLargeProjectPagesThroughEveryBackupOnce() async throws {
        try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 40)) { session in
            #expect(try await session.call("GET", "/agents").items("agents").count == 40)
            var seen: [String] = []
            var url: String? = session.endpoint + "/backups?limit=25"
            var pages = 0
            while let next = url {
                let page = try await session.fetch(next)
                #expect(page.status == 200)
                let ids = page.items("backups").compactMap { $0["id"] as? String }
                if ids.isEmpty { break }
                seen += ids
                url = page.link("next")
                pages += 1
                #expect(pages < 20)
            }
            // The demo agents' weeks of history (254 backups) and three of each other agent's.
            #expect(seen.count == 254 + 35 * 3)
            #expect(Set(seen).count == seen.count)

            let ascending = try await session.call("GET", "/backups?sort_dir=asc&limit=3")
            let first = ascending.items("backups").compactMap { $0["id"] as? String }
            #expect(first == Array(seen.suffix(3).reversed()))
            let previous = try #require(ascending.link("previous"))
            #expect(previous.contains("sort_dir") == false)
            #expect(try await session.call("GET", "/backups?limit=0").status == 400)
            #expect(try await session.call("GET", "/backups?sort_dir=up").status == 400)
        }
    }

    @Test func generatedAgentsAreTheSameEveryRun() async throws {
        let names = try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 12)) { session in
            try await session.call("GET", "/agents").items("agents").compactMap { $0["id"] as? String }
        }
        let again = try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 12)) { session in
            try await session.call("GET", "/agents").items("agents").compactMap { $0["id"] as? String }
        }
        #expect(names.count == 12)
        #expect(names == again)
    }

    @Test func eventMarkersAreExclusiveAndFollowTheOrder() async throws {
        try await EmulatorSession.with { session in
            for _ in 0..<5 { try await session.activate("active") }
            let all = try await session.call("GET", "/events")
            let ids = all.items("events").compactMap { $0["id"] as? String }.compactMap { Int($0) }
            #expect(ids.count == 5)
            #expect(ids == ids.sorted(by: >))
            let page = try await session.call("GET", "/events?limit=2")
            let pageIDs = page.items("events").compactMap { $0["id"] as? String }
            #expect(pageIDs == ids.prefix(2).map(String.init))
            let next = try #require(page.link("next"))
            #expect(next.hasSuffix("/events?marker=\(ids[1])&limit=2"))
            let rest = try await session.fetch(next).items("events").compactMap { $0["id"] as? String }
            #expect(rest == ids.dropFirst(2).prefix(2).map(String.init))
            let previous = try #require(page.link("previous"))
            #expect(previous.contains("sort_dir=asc"))
            let agentEvents = try await session.call("GET", "/agents/\(Seeded.web01)/events?sort_dir=desc")
            #expect(agentEvents.status == 200)
        }
    }

    @Test func activitiesListTheJobsOfAnAgentAndAConfiguration() async throws {
        try await EmulatorSession.with { session in
            let all = try await session.call("GET", "/activities")
            // The seeded history holds more than one page.
            #expect(all.items("activities").count == 100)
            let agent = try await session.call("GET", "/agents/\(Seeded.web01)/activities")
            let items = agent.items("activities")
            #expect(items.count == 21)
            #expect(items.first?["type"] as? String == "backup")
            #expect(items.first?["state"] as? String == "completed")
            let configurationID = try #require((items.first?["configuration"] as? [String: Any])?["id"] as? String)
            let ofConfiguration = items.filter { ($0["configuration"] as? [String: Any])?["id"] as? String == configurationID }
            #expect(
                try await session.call("GET", "/configurations/\(configurationID)/activities").items("activities").count
                    == ofConfiguration.count)
            #expect(
                agent.link("next")?.hasPrefix(session.endpoint + "/agents/\(Seeded.web01)/activities?marker=") == true)
        }
    }
}

@Suite("A page size for every list")
struct PageSizeTests {
    /// Each list and the member holding its items; `agents` then has seven, every other list at least three.
    static let lists = [
        ("/agents", "agents"), ("/configurations", "configurations"), ("/configurations?restorable=true", "configurations"),
        ("/backups", "backups"), ("/activities", "activities"),
    ]

    @Test func everyListIsServedInPagesWithDocumentedLinks() async throws {
        try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 7, pageSize: 2)) { session in
            for (path, member) in Self.lists {
                var url: String? = session.endpoint + path
                var seen: [String] = []
                var pages = 0
                while let next = url, pages < 50 {
                    let page = try await session.fetch(next)
                    #expect(page.status == 200, "\(path)")
                    let ids = page.items(member).compactMap { $0["id"] as? String }
                    #expect(ids.count <= 2, "\(path)")
                    if ids.isEmpty { break }
                    seen += ids
                    let link = try #require(page.link("next"), "\(path)")
                    #expect(link.contains("marker=\(ids.last!)&limit=2"), "\(link)")
                    #expect(page.link("previous")?.contains("marker=\(ids.first!)&limit=2&sort_dir=") == true)
                    url = link
                    pages += 1
                }
                #expect(seen.count >= 3, "\(path)")
                #expect(Set(seen).count == seen.count, "\(path)")
                #expect(pages == (seen.count + 1) / 2, "\(path)")
            }
            let all = try await session.call("GET", "/agents").items("agents")
            #expect(all.count == 2)
        }
    }

    @Test func withoutAPageSizeTheUnpagedListsHaveNoLinks() async throws {
        try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 7)) { session in
            let agents = try await session.call("GET", "/agents")
            #expect(agents.items("agents").count == 7)
            #expect(agents.link("next") == nil)
            let configurations = try await session.call("GET", "/configurations")
            // One to three for each demo agent, one for each other agent.
            #expect(configurations.items("configurations").count == 11 + 2)
            #expect(configurations.json["links"] == nil)
        }
    }

    @Test func aRequestedLimitIsCappedByThePageSize() async throws {
        try await EmulatorSession.with(.init(timeScale: 0.01, agentCount: 7, pageSize: 2)) { session in
            let backups = try await session.call("GET", "/backups?limit=100")
            #expect(backups.items("backups").count == 2)
            let agents = try await session.call("GET", "/agents?limit=1")
            #expect(agents.items("agents").count == 1)
            let unknown = try await session.call("GET", "/agents?marker=nope")
            #expect(unknown.status == 400)
        }
    }
}
