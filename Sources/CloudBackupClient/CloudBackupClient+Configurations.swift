import CloudBackupAPI

extension CloudBackupClient {
    /// The project's backup configurations (C2); `restorable: true` keeps those with restorable
    /// backups. The list is not paged.
    public func listConfigurations(restorable: Bool? = nil) async throws -> [ConfigurationSummary] {
        let query = restorable.map { [("restorable", String($0))] } ?? []
        let response = try await send(.listConfigurations, query: query)
        return try JSONCoding.decode(ConfigurationList.self, from: response.body, operation: Self.label(.listConfigurations))
            .configurations
    }

    /// The backup configurations of one agent (A8). The list is not paged.
    public func agentConfigurations(agentID: String) async throws -> [ConfigurationSummary] {
        try await decoded(ConfigurationList.self, .listAgentConfigurations, agentID).configurations
    }

    /// Creates a backup configuration (C1) and returns it as the service stored it.
    public func createConfiguration(_ request: ConfigurationRequest) async throws -> Configuration {
        let response = try await send(.createConfiguration, body: JSONCoding.encode(request))
        return try await created(Configuration.self, response, operation: Self.label(.createConfiguration)) {
            try await configuration(id: $0)
        }
    }

    /// One configuration (C3). Deleted configurations are still returned, with `deleted` true.
    public func configuration(id: String) async throws -> Configuration {
        try await decoded(Configuration.self, .getConfiguration, id)
    }

    /// Changes a configuration with a JSON Patch document (C4); only `replace` is accepted.
    public func updateConfiguration(id: String, _ operations: [PatchOperation]) async throws {
        try await patch(.updateConfiguration, id, operations: operations)
    }

    /// Deletes a configuration (C5). The service keeps it, flagged `deleted`.
    public func deleteConfiguration(id: String) async throws {
        _ = try await send(.deleteConfiguration, id)
    }
}
