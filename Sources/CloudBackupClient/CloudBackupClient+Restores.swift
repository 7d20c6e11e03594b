import CloudBackupAPI

extension CloudBackupClient {
    /// The project's restores (`listRestores`), every page. The items lack inclusions and exclusions.
    public func restores(options: ListOptions = .init()) -> Paginated<RestoreSummary> {
        paginated(RestoreSummary.self, .listRestores, query: options.query)
    }

    /// Starts a restore of a backup (`startRestore`).
    public func startRestore(_ request: StartRestoreRequest) async throws -> Restore {
        let body = try JSONCoding.encode(request)
        return try await creating(restoreRecovery(request)) {
            let response = try await send(.startRestore, body: body)
            return try await created(Restore.self, response, operation: APIOperation.startRestore.label()) {
                try await restore(id: $0)
            }
        }
    }

    /// One restore (`getRestore`).
    public func restore(id: String) async throws -> Restore {
        try await decoded(Restore.self, .getRestore, [.restoreID: id])
    }

    /// Changes a restore with a JSON Patch document (`updateRestore`): an agent reporting progress, or a stop.
    public func updateRestore(id: String, _ operations: [PatchOperation], agentID: String? = nil) async throws {
        try await patch(.updateRestore, [.restoreID: id], operations: operations, agentID: agentID)
    }

    /// Asks for a running restore to stop (`updateRestore` `replace /state stop_requested`).
    public func stopRestore(id: String) async throws {
        try await updateRestore(id: id, [PatchOperation(op: "replace", path: "/state", value: .string("stop_requested"))])
    }

    /// The per-file errors of a restore (`listRestoreErrors`).
    public func restoreErrors(id: String) async throws -> ErrorReport {
        try await decoded(ErrorReport.self, .listRestoreErrors, [.restoreID: id])
    }
}
