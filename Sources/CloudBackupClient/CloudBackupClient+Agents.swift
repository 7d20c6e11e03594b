import CloudBackupAPI

extension CloudBackupClient {
    /// All agents of the project (A2). The list is not paged.
    public func listAgents() async throws -> [Agent] {
        try await decoded(AgentList.self, .listAgents).agents
    }

    /// One agent (A3).
    public func agent(id: String) async throws -> Agent {
        try await decoded(Agent.self, .getAgent, id)
    }
}
