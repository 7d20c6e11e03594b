/// What a job works on: its agent, and the configuration, backup and vault it reads or writes.
struct JobLinks: Sendable {
    /// The agent that does the work: the backed-up agent, the restore's destination, the cleaned agent.
    var agentID: String
    /// The configuration of a backup, or of the backup a restore reads.
    var configurationID: String?
    /// The backup a restore reads.
    var backupID: String?
    /// The vault a backup writes to and a cleanup clears.
    var vaultID: String?
}
