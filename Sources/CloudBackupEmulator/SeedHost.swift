import CloudBackupAPI

/// The server a seeded agent runs on: what its files and its `host` document are made from.
struct SeedHost: Sendable {
    var role: HostRole
    var os: AgentHost.OperatingSystem
    var kernel: String
    var flavor: String
    /// The region of the server, and of its vault.
    var region: String
    var machineID: String
    var addresses: [AgentHost.Address]

    var isRedHat: Bool { os.name == "CentOS" }
}
