import CloudBackupAPI

/// Starting a restore (`startRestore`).
extension Store {
    /// `startRestore`, after the controller checked the body.
    func startRestore(_ input: RestoreInput) throws -> JobRecord {
        let now = advance()
        guard let backup = jobs[input.backupID], backup.kind == .backup else {
            throw ServiceError.invalid("backup_id does not name a backup.")
        }
        guard backup.restorable, let snapshotID = backup.snapshotID else {
            throw ServiceError.invalid("The backup is not restorable.")
        }
        guard agents[input.destinationAgentID] != nil else {
            throw ServiceError.invalid("destination_agent_id does not name an agent.")
        }
        if input.destinationPath == nil, input.destinationAgentID != backup.agentID {
            throw ServiceError.invalid(
                "destination_path may be null (original locations) only when restoring to the same agent.")
        }
        var job = addJob(
            .restore, id: Self.newRequestID(), agentID: input.destinationAgentID, state: "start_requested", at: now)
        job.backupID = backup.id
        job.configurationID = backup.configurationID
        job.selection = PathSelection(inclusions: input.inclusions, exclusions: input.exclusions)
        job.destinationPath = input.destinationPath
        job.overwriteFiles = input.overwriteFiles
        for name in job.counterNames { job.counters[name] = 0 }
        jobs[job.id] = job
        let vault = agents[backup.agentID]?.agent.vault
        let restore: JSONValue = .object([
            ("id", .string(job.id)), ("destination_path", .optionalString(job.destinationPath)),
            ("overwrite_files", .bool(job.overwriteFiles)), ("inclusions", .array(input.inclusions.map(\.document))),
            ("exclusions", .array(input.exclusions.map(\.document))),
        ])
        let sourceVault = JSONValue.vault(id: backup.vaultID, encrypted: vault?.encrypted ?? false)
        let fields: [(String, JSONValue)] = [
            ("agent", .idOnly(job.agentID)), ("source_agent", .object([("vault", sourceVault)])),
            ("configuration", .idOnly(backup.configurationID ?? "")),
            ("backup", .object([("snapshot_id", .int(snapshotID))])), ("restore", restore),
            ("request_id", .string(Self.newRequestID())),
        ]
        recordEvent("restore_start_request", at: now, agentID: job.agentID, fields: fields, subjects: subjects(of: job))
        return job
    }
}
