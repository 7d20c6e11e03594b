import CloudBackupAPI
import Foundation
import Hummingbird

/// The project's agents (`listAgents`, `getAgent`) and their event modes (`postProjectEvent`, `postAgentEvent`).
extension Store {
    /// `listAgents`, optionally only the agents on one cloud server.
    func agents(hostMachineID: String?) -> [SimulatedAgent] {
        advance()
        return agents.ordered.filter { agent in
            hostMachineID.map { agent.agent.host?.machine?.id == $0 } ?? true
        }
    }

    /// `getAgent`.
    func agent(id: String) -> SimulatedAgent? {
        advance()
        return agents[id]
    }

    /// `listAgents` as JSON: each agent's document encoded once and kept until it changes (a
    /// project's agents rarely do, and a fleet's scripts list them often), and the whole list kept
    /// until any agent changes.
    func encodedAgents(hostMachineID: String?) throws -> EncodedList {
        advance()
        if hostMachineID == nil, let kept = agentList, kept.version == agents.version, kept.urls == urls {
            return kept.list
        }
        let listed = agents.ordered.filter { agent in
            hostMachineID.map { agent.agent.host?.machine?.id == $0 } ?? true
        }
        let list = EncodedList(member: "agents", ids: listed.map(\.id), items: try listed.map(encodedDocument))
        if hostMachineID == nil {
            agentList = (agents.version, urls, list)
            if agentDocuments.count > listed.count { agentDocuments.keepOnly(Set(list.ids)) }
        }
        return list
    }

    /// `getAgent` as JSON, kept as for `encodedAgents`.
    func encodedAgent(id: String) throws -> ByteBuffer? {
        try agent(id: id).map(encodedDocument)
    }

    private func encodedDocument(_ agent: SimulatedAgent) throws -> ByteBuffer {
        try agentDocuments.json(id: agent.id, source: AgentDocumentSource(agent: agent.agent, urls: urls)) { source in
            try JSONResponse.encode(SimulatedAgent.document(of: source.agent, urls: source.urls))
        }
    }

    /// `postProjectEvent` (every online agent) or `postAgentEvent` with `agent_activate` (one agent:
    /// the documentation speaks of activating a single agent, though that body allows only
    /// `startup` and `shutdown`): sets how often agents poll until the activation window closes.
    /// Returns false for an unknown agent.
    func activate(_ mode: AgentActivation.Mode, agentID: String? = nil) -> Bool {
        let now = advance()
        if let agentID, agents[agentID] == nil { return false }
        for id in agents.ids where agentID == nil || agentID == id {
            guard agents[id]?.schedule.isOnline == true else { continue }
            passIdlePolls(agentID: id, upTo: now)
            agents[id]?.schedule.activate(mode, at: now)
        }
        recordEvent(
            "agent_activate", at: now, agentID: agentID,
            fields: [("mode", .string(mode.rawValue)), ("request_id", .string(Self.newRequestID()))])
        return true
    }

    /// `postAgentEvent` `startup`: the agent is online and takes pending work at once.
    func agentStarted(id: String) -> Bool {
        let now = advance()
        guard agents[id] != nil else { return false }
        agents[id]?.schedule.startUp(at: now)
        advance()
        recordEvent("agent_heartbeat", at: now, agentID: id, fields: [])
        return true
    }

    /// `postAgentEvent` `shutdown`: the agent stops polling.
    func agentStopped(id: String) -> Bool {
        let now = advance()
        guard agents[id] != nil else { return false }
        agents[id]?.schedule.shutDown()
        recordEvent("agent_shutdown", at: now, agentID: id, fields: [("request_id", .string(Self.newRequestID()))])
        return true
    }

    static func newRequestID() -> String {
        UUID().uuidString.lowercased()
    }
}
