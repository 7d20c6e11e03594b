import CloudBackupAPI

extension CloudBackupClient {
    /// The project's cleanups (`listCleanups`), every page.
    public func cleanups(options: ListOptions = .init()) -> Paginated<Cleanup> {
        paginated(Cleanup.self, .listCleanups, query: options.query)
    }

    /// Starts a cleanup of an agent's vault (`startCleanup`). An agent starting a scheduled run passes its own
    /// ID, sent as `X-Agent-Id`.
    public func startCleanup(agentID: String, state: StartState = .startRequested, asAgent: String? = nil) async throws -> Cleanup {
        let body = try JSONCoding.encode(StartCleanupRequest(agentID: agentID, state: state))
        return try await creating(cleanupRecovery(agentID: agentID)) {
            let response = try await send(.startCleanup, body: body, headers: Self.agentHeader(asAgent))
            return try await created(Cleanup.self, response, operation: APIOperation.startCleanup.label()) {
                try await cleanup(id: $0)
            }
        }
    }

    /// One cleanup (`getCleanup`).
    public func cleanup(id: String) async throws -> Cleanup {
        try await decoded(Cleanup.self, .getCleanup, [.cleanupID: id])
    }

    /// Changes a cleanup with a JSON Patch document (`updateCleanup`): an agent reporting progress, or a user
    /// stopping it.
    public func updateCleanup(id: String, _ operations: [PatchOperation], agentID: String? = nil) async throws {
        try await patch(.updateCleanup, [.cleanupID: id], operations: operations, agentID: agentID)
    }

    /// Asks for a running cleanup to stop (`updateCleanup` `replace /state stop_requested`).
    public func stopCleanup(id: String) async throws {
        try await updateCleanup(id: id, [PatchOperation(op: "replace", path: "/state", value: .string("stop_requested"))])
    }

    /// The per-file errors of a cleanup (`listCleanupErrors`).
    public func cleanupErrors(id: String) async throws -> ErrorReport {
        try await decoded(ErrorReport.self, .listCleanupErrors, [.cleanupID: id])
    }
}
