import CloudBackupAPI

extension CloudBackupClient {
    /// The agents whose host has this machine ID (`listAgents` `host_machine_id`), every page.
    public func listAgents(hostMachineID: String) async throws -> [Agent] {
        try await paginated(Agent.self, .listAgents, query: [("host_machine_id", hostMachineID)]).collect()
    }

    /// Registers an agent (`registerAgent`). The answer carries the agent's `password`, returned only here; were
    /// the body missing, the agent named by `Location` is read instead, without a password.
    public func registerAgent(_ registration: AgentRegistration) async throws -> Agent {
        let response = try await send(.registerAgent, body: JSONCoding.encode(registration))
        return try await created(Agent.self, response, operation: APIOperation.registerAgent.label()) { try await agent(id: $0) }
    }

    /// Changes an agent with a JSON Patch document (`updateAgent`): `/enabled`, `/vault/region`,
    /// `/vault/use_internal`, `/log_level`.
    public func updateAgent(id: String, _ operations: [PatchOperation]) async throws {
        try await patch(.updateAgent, [.agentID: id], operations: operations)
    }

    /// Deletes an agent (`deleteAgent`).
    public func deleteAgent(id: String) async throws {
        _ = try await send(.deleteAgent, [.agentID: id])
    }

    /// Whether an agent is busy and online (`getAgentStatus`).
    public func agentStatus(agentID: String) async throws -> AgentStatus {
        try await decoded(AgentStatus.self, .getAgentStatus, [.agentID: agentID])
    }

    /// The settings document an agent runs on (`getAgentConfiguration`).
    public func agentSettings(agentID: String) async throws -> AgentConfiguration {
        try await decoded(AgentConfiguration.self, .getAgentConfiguration, [.agentID: agentID])
    }

    /// An agent logs in with the password it got at registration (`authenticateAgent`), sending its ID as
    /// `X-Agent-Id` and no user token, as the docs' example does (a 401 here is the agent's
    /// password, so the user's token is not renewed). Answers 409 when the host fingerprint
    /// differs from the registered one.
    public func authenticateAgent(_ request: AgentTokenRequest) async throws -> AgentToken {
        let response = try await send(
            .authenticateAgent, body: JSONCoding.encode(request), headers: Self.agentHeader(request.id))
        return try JSONCoding.decode(AgentTokenResponse.self, from: response.body, operation: APIOperation.authenticateAgent.label())
            .token
    }
}
