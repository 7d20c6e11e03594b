import CloudBackupAPI

/// Starting a cleanup (`startCleanup`).
extension Store {
    /// `startCleanup`.
    func startCleanup(agentID: String, state: String) throws -> JobRecord {
        let now = advance()
        guard let agent = agents[agentID] else {
            throw ServiceError.invalid("agent_id does not name an agent.")
        }
        var job = addJob(.cleanup, id: Self.newRequestID(), agentID: agentID, state: state, at: now)
        job.links.vaultID = agent.agent.vault?.id
        for name in job.counterNames { job.results.counters[name] = 0 }
        job.results.errors.diagnostics = ""
        jobs[job.id] = job
        let vault = JSONValue.vault(id: agent.agent.vault?.id, encrypted: agent.agent.vault?.encrypted ?? false)
        let fields: [(String, JSONValue)] = [
            ("agent", .object([("id", .string(agentID)), ("vault", vault)])), ("cleanup", .idOnly(job.id)),
            ("request_id", .string(Self.newRequestID())),
        ]
        recordEvent("cleanup_start_request", at: now, agentID: agentID, fields: fields, subjects: subjects(of: job))
        return job
    }
}
