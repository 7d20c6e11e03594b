import CloudBackupAPI
import CloudBackupEmulator
import Testing

@Suite("Agents (listAgents, getAgent)")
struct AgentTests {
    @Test func theDemoProjectListsFiveAgents() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call("GET", "/agents")
            #expect(response.status == 200)
            let agents = try response.decode(AgentList.self).agents
            #expect(agents.map(\.name) == ["web01", "web02", "db01", "mail01", "db02"])
            #expect(agents.map(\.id) == [Seeded.web01, Seeded.web02, Seeded.db01, Seeded.mail01, Seeded.db02])
            #expect(agents.filter { $0.id.hasPrefix("8f13") }.count == 1)
            #expect(agents.filter { $0.id.hasPrefix("8f1") }.count == 2)
            #expect(agents.allSatisfy { $0.password == nil && $0.projectID == "123456" })
            #expect(!response.text.contains("\"password\""))
        }
    }

    @Test func anAgentHasEveryDocumentedField() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call("GET", "/agents/\(Seeded.web01)")
            #expect(response.status == 200)
            let agent = try response.decode(Agent.self)
            #expect(agent.name == "web01")
            #expect(agent.version?.isEmpty == false)
            #expect(agent.enabled == true)
            #expect(agent.logLevel == "warn")
            #expect(agent.registeredTime?.hasSuffix("Z") == true)
            #expect(agent.host?.flavor == "nova")
            #expect(agent.host?.region == "DFW")
            #expect(agent.host?.machine?.id == "55f83711-85ff-49d6-9a1a-58c67d452c6a")
            #expect(agent.host?.machine?.links?.first?.rel == "full")
            #expect(agent.host?.os == .init(name: "Ubuntu", version: "14.04", architecture: "64-bit"))
            #expect(agent.host?.addresses?.map(\.version) == [4, 6])
            #expect(agent.host?.fingerprint == nil)
            #expect(agent.rsaPublicKey?.exponent == .number(10001))
            #expect(agent.rsaPublicKey?.modulus.count == 512)
            #expect(agent.vault?.name == "phoenix_" + (agent.vault?.id ?? ""))
            #expect(agent.vault?.state == "created")
            #expect(agent.vault?.flavor == "swift")
            #expect(agent.vault?.links?.map(\.rel) == ["publicURL", "internalURL"])

            let own = session.emulator.endpointURL + "/agents/" + Seeded.web01
            let links = try #require(agent.links)
            #expect(links.first == Link(href: own, rel: "self"))
            for rel in ["activities", "configuration", "configurations", "events", "logfiles", "status"] {
                #expect(links.href(rel: rel) == own + "/" + rel)
            }
        }
    }

    @Test func theListFiltersOnTheHostMachine() async throws {
        try await EmulatorSession.with { session in
            let one = try await session.call("GET", "/agents?host_machine_id=9d2c47e1-0a6b-4f38-b5e9-71c8d3f2a056")
            #expect(try one.decode(AgentList.self).agents.map(\.name) == ["db01"])
            let none = try await session.call("GET", "/agents?host_machine_id=\(Seeded.web01)")
            #expect(none.status == 200)
            #expect(try none.decode(AgentList.self).agents.isEmpty)
        }
    }

    @Test func anUnknownAgentIs404WithTheDocumentedMessage() async throws {
        try await EmulatorSession.with { session in
            let response = try await session.call("GET", "/agents/00000000-0000-4000-8000-000000000000")
            #expect(response.status == 404)
            #expect(response.message == "Agent not found.")
        }
    }
}
