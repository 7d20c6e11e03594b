import CloudBackupAPI

extension CloudBackupClient {
    /// The project's backup configurations (`listConfigurations`), every page; `restorable: true` keeps those with
    /// restorable backups. The list is documented unpaged; a `next` link is followed all the same.
    public func listConfigurations(restorable: Bool? = nil) async throws -> [ConfigurationSummary] {
        let query = restorable.map { [("restorable", String($0))] } ?? []
        return try await paginated(ConfigurationSummary.self, .listConfigurations, query: query).collect()
    }

    /// The backup configurations of one agent (`listAgentConfigurations`), every page (documented unpaged).
    public func agentConfigurations(agentID: String) async throws -> [ConfigurationSummary] {
        try await paginated(ConfigurationSummary.self, .listAgentConfigurations, [.agentID: agentID]).collect()
    }

    /// Creates a backup configuration (`createConfiguration`) and returns it as the service stored it.
    public func createConfiguration(_ request: ConfigurationRequest) async throws -> Configuration {
        let body = try JSONCoding.encode(request)
        return try await creating(configurationRecovery(request)) {
            let response = try await send(.createConfiguration, body: body)
            return try await created(Configuration.self, response, operation: APIOperation.createConfiguration.label()) {
                try await configuration(id: $0)
            }
        }
    }

    /// One configuration (`getConfiguration`). Deleted configurations are still returned, with `deleted` true.
    public func configuration(id: String) async throws -> Configuration {
        try await decoded(Configuration.self, .getConfiguration, [.configurationID: id])
    }

    /// Changes a configuration with a JSON Patch document (`updateConfiguration`); only `replace` is accepted.
    public func updateConfiguration(id: String, _ operations: [PatchOperation]) async throws {
        try await patch(.updateConfiguration, [.configurationID: id], operations: operations)
    }

    /// Deletes a configuration (`deleteConfiguration`). The service keeps it, flagged `deleted`.
    public func deleteConfiguration(id: String) async throws {
        _ = try await send(.deleteConfiguration, [.configurationID: id])
    }
}
