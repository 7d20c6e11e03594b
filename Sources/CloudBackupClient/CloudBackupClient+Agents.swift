import CloudBackupAPI

extension CloudBackupClient {
    /// All agents of the project (`listAgents`), every page: the list is documented unpaged, but a `next`
    /// link is followed all the same.
    public func listAgents() async throws -> [Agent] {
        try await paginated(Agent.self, .listAgents).collect()
    }

    /// One agent (`getAgent`).
    public func agent(id: String) async throws -> Agent {
        try await decoded(Agent.self, .getAgent, [.agentID: id])
    }
}
