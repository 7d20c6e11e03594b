import CloudBackupAPI

/// Starting a restore (`startRestore`).
extension Store {
    /// `startRestore`, after the controller checked the body.
    func startRestore(_ input: RestoreInput) throws -> JobRecord {
        let now = advance()
        guard let backup = jobs[input.backupID], backup.kind == .backup else {
            throw ServiceError.invalid("backup_id does not name a backup.")
        }
        guard backup.snapshot.restorable, let snapshotID = backup.snapshot.id else {
            throw ServiceError.invalid("The backup is not restorable.")
        }
        guard agents[input.destinationAgentID] != nil else {
            throw ServiceError.invalid("destination_agent_id does not name an agent.")
        }
        if input.destinationPath == nil, input.destinationAgentID != backup.links.agentID {
            throw ServiceError.invalid(
                "destination_path may be null (original locations) only when restoring to the same agent.")
        }
        var job = addJob(
            .restore, id: Self.newRequestID(), agentID: input.destinationAgentID, state: "start_requested", at: now)
        job.links.backupID = backup.id
        job.links.configurationID = backup.links.configurationID
        job.files.selection = PathSelection(inclusions: input.inclusions, exclusions: input.exclusions)
        job.files.destinationPath = input.destinationPath
        job.files.overwriteFiles = input.overwriteFiles
        for name in job.counterNames { job.results.counters[name] = 0 }
        jobs[job.id] = job
        let vault = agents[backup.links.agentID]?.agent.vault
        let restore: JSONValue = .object([
            ("id", .string(job.id)), ("destination_path", .optionalString(job.files.destinationPath)),
            ("overwrite_files", .bool(job.files.overwriteFiles)),
            ("inclusions", .array(input.inclusions.map(\.document))),
            ("exclusions", .array(input.exclusions.map(\.document))),
        ])
        let sourceVault = JSONValue.vault(id: backup.links.vaultID, encrypted: vault?.encrypted ?? false)
        let fields: [(String, JSONValue)] = [
            ("agent", .idOnly(job.links.agentID)), ("source_agent", .object([("vault", sourceVault)])),
            ("configuration", .idOnly(backup.links.configurationID ?? "")),
            ("backup", .object([("snapshot_id", .int(snapshotID))])), ("restore", restore),
            ("request_id", .string(Self.newRequestID())),
        ]
        recordEvent(
            "restore_start_request", at: now, agentID: job.links.agentID, fields: fields, subjects: subjects(of: job))
        return job
    }
}
