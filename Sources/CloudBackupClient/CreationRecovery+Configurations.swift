import CloudBackupAPI

/// Finding the configuration a create request made when its answer was lost: the agent's
/// configurations are noted before it is sent, and afterwards a new one of the same name is it.
extension CloudBackupClient {
    func configurationRecovery(_ request: ConfigurationRequest) async throws -> CreationRecovery<Configuration> {
        let (agentID, name) = (request.agentID, request.name)
        let before = Set(try await agentConfigurations(agentID: agentID).map(\.id))
        return CreationRecovery(
            thing: "configuration named '\(name)' for agent \(agentID)",
            place: "the configurations of agent \(agentID) (GET /agents/\(agentID)/configurations)"
        ) {
            try await self.agentConfigurations(agentID: agentID)
                .filter { $0.name == name && !before.contains($0.id) }
                .asyncMap { try await self.configuration(id: $0.id) }
        }
    }
}
