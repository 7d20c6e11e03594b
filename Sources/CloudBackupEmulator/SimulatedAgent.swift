import CloudBackupAPI

/// One agent of the project and the host it runs on.
struct SimulatedAgent: Sendable {
    /// The stored fields of the agent document; links are added when it is rendered.
    var agent: Agent
    var role: HostRole
    /// The host's root directory.
    var files: FileNode
    var schedule: PollSchedule
    /// The credential `registerAgent` returned; the agent sends it to `authenticateAgent`.
    var password: String
    /// The string the agent chose at registration; `authenticateAgent` answers 409 when another is sent.
    var fingerprint: String
    /// The vault password, once encryption is enabled; password verification compares with it.
    var vaultPasswordHex: String?

    var id: String { agent.id }
}

/// What a host is for; it decides the host's files and what its logs talk about.
enum HostRole: Sendable {
    case web, database, mail
}
