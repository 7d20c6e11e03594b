import CloudBackupAPI

extension CloudBackupClient {
    /// The project's backups (`listBackups`), every page. `restorable` keeps only restorable backups;
    /// `configurationID` narrows those to one configuration (the service reads it only together
    /// with `restorable`).
    public func backups(restorable: Bool? = nil, configurationID: String? = nil, options: ListOptions = .init()) -> Paginated<Backup> {
        var query = options.query
        if let restorable { query.append(("restorable", String(restorable))) }
        if let configurationID { query.append(("configuration_id", configurationID)) }
        return paginated(Backup.self, .listBackups, query: query)
    }

    /// Starts a backup of a configuration (`startBackup`). Users start with `start_requested`; an agent starting
    /// a scheduled run passes its own ID, sent as `X-Agent-Id`.
    public func startBackup(configurationID: String, state: StartState = .startRequested, agentID: String? = nil) async throws -> Backup {
        let body = try JSONCoding.encode(StartBackupRequest(configurationID: configurationID, state: state))
        return try await creating(backupRecovery(configurationID: configurationID)) {
            let response = try await send(.startBackup, body: body, headers: Self.agentHeader(agentID))
            return try await created(Backup.self, response, operation: APIOperation.startBackup.label()) {
                try await backup(id: $0)
            }
        }
    }

    /// One backup (`getBackup`).
    public func backup(id: String) async throws -> Backup {
        try await decoded(Backup.self, .getBackup, [.backupID: id])
    }

    /// Changes a backup with a JSON Patch document (`updateBackup`): an agent reporting progress, or a user stopping
    /// it.
    public func updateBackup(id: String, _ operations: [PatchOperation], agentID: String? = nil) async throws {
        try await patch(.updateBackup, [.backupID: id], operations: operations, agentID: agentID)
    }

    /// Asks for a running backup to stop (`updateBackup` `replace /state stop_requested`).
    public func stopBackup(id: String) async throws {
        try await updateBackup(id: id, [PatchOperation(op: "replace", path: "/state", value: .string("stop_requested"))])
    }

    /// The per-file errors of a backup (`listBackupErrors`).
    public func backupErrors(id: String) async throws -> ErrorReport {
        try await decoded(ErrorReport.self, .listBackupErrors, [.backupID: id])
    }
}
