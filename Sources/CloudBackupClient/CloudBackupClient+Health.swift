import CloudBackupAPI

extension CloudBackupClient {
    /// The state of all dependent systems (`getHealth`). The service answers 503 with the same document
    /// when a system has a problem; that is returned too, not thrown.
    public func health() async throws -> Health {
        let response = try await send(.getHealth, accepting: [503])
        return try JSONCoding.decode(Health.self, from: response.body, operation: APIOperation.getHealth.label())
    }

    /// The state of one dependent system (`getDependentSystemHealth`), e.g. `cassandra`; 503 (offline) is returned,
    /// not thrown.
    public func dependentSystemHealth(_ system: String) async throws -> DependentSystemHealth {
        let response = try await send(.getDependentSystemHealth, [.dependentSystem: system], accepting: [503])
        return try JSONCoding.decode(
            DependentSystemHealth.self, from: response.body, operation: APIOperation.getDependentSystemHealth.label([.dependentSystem: system]))
    }

    /// Whether the service answers at all (`ping`): returns normally on 204.
    public func ping() async throws {
        _ = try await send(.ping)
    }
}
