import CloudBackupClient

/// Gives the shell its client on first use. The shell asks only when a statement needs the
/// service, so `echo hi` never opens a connection, reads credentials or starts an emulator.
public protocol ServiceProvider: Sendable {
    /// The client, created (and authenticated lazily) on the first call.
    func client() async throws -> any CloudBackupService
    /// A short name for where the shell is connected, for prompts: a region such as `dfw`, or `emulator`.
    var placeName: String { get async }
    /// True once a client was created: work for completion may then use the network.
    var isConnected: Bool { get async }
}

extension ServiceProvider {
    public var isConnected: Bool { get async { false } }
}
