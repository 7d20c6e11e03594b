import Foundation
import BshRuntime
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator

/// Connects the shell to the service on first use: creates the one HTTP client of the process and,
/// when no account is configured, starts the embedded emulator on a loopback port.
actor ServiceConnector: ServiceProvider {
    private let settings: AccessSettings
    private let timeScale: Double
    private let host: any ShellHost
    private let exchangeLog: ExchangeLog?
    private var transport: AsyncHTTPTransport?
    private var emulator: Emulator?
    private var connected: CloudBackupClient?
    /// The first connection while it is being made: the iterations of a fan-out may all ask at once,
    /// and must share it rather than start an emulator and a client each.
    private var connecting: Task<CloudBackupClient, any Error>?

    /// A connector for `settings`; an embedded emulator runs its agents at `timeScale`. With
    /// `debug`, every exchange and retry is written to the host's standard error.
    init(settings: AccessSettings, timeScale: Double = 1, host: any ShellHost, debug: Bool = false) {
        self.settings = settings
        self.timeScale = timeScale
        self.host = host
        exchangeLog = debug ? DebugOutput.log(to: host) : nil
    }

    func client() async throws -> any CloudBackupService {
        if let connected { return connected }
        if let connecting { return try await connecting.value }
        let connecting = Task { try await connect() }
        self.connecting = connecting
        defer { self.connecting = nil }
        return try await connecting.value
    }

    private func connect() async throws -> CloudBackupClient {
        let access: ServiceAccess
        switch settings {
        case .service(let configured):
            access = configured
        case .emulator(let reason):
            let started = try await Emulator.start(EmulatorConfiguration(timeScale: timeScale))
            emulator = started
            host.writeError("bsh: \(reason); using the embedded emulator (demo project \(EmulatorConfiguration.projectID))\n")
            access = .identity(
                url: started.identityURL,
                credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
                region: "DFW")
        }
        let transport = AsyncHTTPTransport()
        self.transport = transport
        let client = CloudBackupClient(
            configuration: ClientConfiguration(access: access, exchangeLog: exchangeLog), transport: StoppableTransport(base: transport))
        connected = client
        return client
    }

    var placeName: String {
        get async {
            switch settings {
            case .emulator: return "emulator"
            case .service(.direct): return "direct"
            case .service(.identity(_, _, let region)):
                if let region { return region.lowercased() }
                if let session = try? await connected?.session(), let region = session.region { return region.lowercased() }
                return "bsh"
            }
        }
    }

    var isConnected: Bool { connected != nil }

    /// Closes connections and stops the emulator, if they were ever started.
    func shutdown() async {
        await transport?.shutdown()
        await emulator?.shutdown()
    }
}
