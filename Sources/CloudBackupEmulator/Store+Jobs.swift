import CloudBackupAPI

/// Jobs: starting a backup (`startBackup`), finding and listing jobs, and stop requests.
extension Store {
    /// A new job in `start_requested` (or `start_scheduled`), waiting for its agent's next poll.
    func addJob(_ kind: JobRecord.Kind, id: String, agentID: String, state: String, at now: Instant) -> JobRecord {
        JobRecord(kind: kind, id: id, sequence: jobs.takeSequence(), agentID: agentID, state: state, at: now)
    }

    /// `startBackup`. The configuration is named in the body, so an unknown or deleted one is a 400.
    func startBackup(configurationID: String, state: String) throws -> JobRecord {
        let now = advance()
        guard let configuration = configurations[configurationID], !configuration.deleted,
            let agent = agents[configuration.agentID]
        else {
            throw ServiceError.invalid("configuration_id does not name a configuration.")
        }
        var job = addJob(.backup, id: Self.newRequestID(), agentID: agent.id, state: state, at: now)
        job.links.configurationID = configurationID
        job.files.selection = configuration.selection
        job.links.vaultID = agent.agent.vault?.id
        let totals = configuration.selection.filter(agent.files).totals
        (job.simulation.plannedFiles, job.simulation.plannedBytes) = (totals.files, totals.bytes)
        for name in job.counterNames { job.results.counters[name] = 0 }
        job.results.errors = JobErrorReport()
        jobs[job.id] = job
        recordEvent(
            "backup_start_request", at: now, agentID: agent.id,
            fields: jobEventFields(job) + [("request_id", .string(Self.newRequestID()))], subjects: subjects(of: job))
        return job
    }

    func job(_ kind: JobRecord.Kind, id: String) -> JobRecord? {
        advance()
        guard let job = jobs[id], job.kind == kind else { return nil }
        return job
    }

    /// The jobs of a kind (or all), oldest first.
    func jobList(_ kind: JobRecord.Kind?) -> [JobRecord] {
        advance()
        return jobs.ordered.filter { kind == nil || $0.kind == kind }
    }

    /// The user's (or agent's) `stop_requested`: the agent reports `stopped` after its next step.
    func requestStop(_ id: String, at now: Instant) {
        guard var job = jobs[id], job.simulation.stopRequestedAt == nil else { return }
        job.state = "stop_requested"
        job.simulation.stopRequestedAt = now
        job.times.lastUpdated = now
        jobs[id] = job
        recordEvent(
            job.kind.rawValue + "_stop_request", at: now, agentID: job.links.agentID,
            fields: jobEventFields(job) + [("request_id", .string(Self.newRequestID()))], subjects: subjects(of: job))
    }

    /// `agent`, `configuration` and the job's own reference, as the job events carry them.
    func jobEventFields(_ job: JobRecord) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("agent", .idOnly(job.links.agentID))]
        if let configurationID = job.links.configurationID {
            fields.append(("configuration", .idOnly(configurationID)))
        }
        fields.append((job.kind.rawValue, .idOnly(job.id)))
        return fields
    }

    func subjects(of job: JobRecord) -> [String] {
        [job.id] + (job.links.configurationID.map { [$0] } ?? [])
    }

    /// True while the agent works on something of its own (`getAgentStatus` `busy`).
    func isBusy(agentID: String) -> Bool {
        jobs.unfinished.contains { $0.links.agentID == agentID && $0.simulation.pickedUpAt != nil }
    }

    /// True when a finished backup left data in the vault.
    func vaultHasData(_ vaultID: String?) -> Bool {
        guard let vaultID else { return false }
        return jobs.values.contains { $0.kind == .backup && $0.links.vaultID == vaultID && $0.snapshot.id != nil }
    }
}
