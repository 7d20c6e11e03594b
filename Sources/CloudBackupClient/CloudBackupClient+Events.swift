import CloudBackupAPI

extension CloudBackupClient {
    /// Sets how often the project's agents poll for work (`postProjectEvent` `agent_activate`). `real_time` makes
    /// an agent answer browse requests in moments instead of at its next idle poll (every 30 s).
    public func activateAgents(mode: AgentActivation.Mode) async throws {
        _ = try await send(.postProjectEvent, body: JSONCoding.encode(AgentActivation(mode: mode)))
    }
}
