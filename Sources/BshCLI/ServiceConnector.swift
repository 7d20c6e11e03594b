import Foundation
import BshRuntime
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator

/// Connects the shell to the service on first use: creates the one HTTP client of the process and,
/// when no account is configured, starts the embedded emulator on a loopback port. `region` and
/// `profile` at the prompt switch it to another region or profile.
actor ServiceConnector: ServiceProvider {
    private var resolved: AccessSources.Resolved
    /// Where settings are resolved from again for `profile NAME`; nil when they were given whole.
    private let sources: AccessSources?
    private let timeScale: Double
    private let host: any ShellHost
    private let exchangeLog: ExchangeLog?
    /// `--quiet`: no note that the embedded emulator is in use.
    private let quiet: Bool
    /// Every secret used, for the prompt's history to refuse.
    let secretsInUse: SecretsInUse
    private var transport: AsyncHTTPTransport?
    private var emulator: Emulator?
    private var connected: CloudBackupClient?
    /// The access in use once connected: the emulator's own, when it runs.
    private var access: ServiceAccess?
    /// The first connection while it is being made: the iterations of a fan-out may all ask at once,
    /// and must share it rather than start an emulator and a client each.
    private var connecting: Task<CloudBackupClient, any Error>?

    /// A connector for `settings`; an embedded emulator runs its agents at `timeScale`. With
    /// `debug`, every exchange and retry is written to the host's standard error.
    init(settings: AccessSettings, timeScale: Double = 1, host: any ShellHost, debug: Bool = false, quiet: Bool = false) {
        self.init(
            resolved: .init(settings: settings, profile: nil, output: nil), sources: nil, timeScale: timeScale, host: host, debug: debug,
            quiet: quiet)
    }

    /// A connector for settings resolved from `sources`, which `profile NAME` resolves again.
    init(
        resolved: AccessSources.Resolved, sources: AccessSources?, timeScale: Double = 1, host: any ShellHost, debug: Bool = false,
        quiet: Bool = false
    ) {
        self.quiet = quiet
        self.resolved = resolved
        self.sources = sources
        self.timeScale = timeScale
        self.host = host
        exchangeLog = debug ? DebugOutput.log(to: host) : nil
        secretsInUse = SecretsInUse(resolved.settings.secretValues)
    }

    func client() async throws -> any CloudBackupService {
        try await connectedClient()
    }

    private func connectedClient() async throws -> CloudBackupClient {
        if let connected { return connected }
        if let connecting { return try await connecting.value }
        let connecting = Task { try await connect() }
        self.connecting = connecting
        defer { self.connecting = nil }
        return try await connecting.value
    }

    private func connect() async throws -> CloudBackupClient {
        let access: ServiceAccess
        switch resolved.settings {
        case .service(let configured):
            access = configured
        case .emulator(let reason):
            access = try await startEmulator(reason: reason)
        }
        let client = makeClient(access)
        self.access = access
        connected = client
        return client
    }

    private func startEmulator(reason: String) async throws -> ServiceAccess {
        let started = try await Emulator.start(EmulatorConfiguration(timeScale: timeScale))
        emulator = started
        if !quiet {
            host.writeError("bsh: \(reason); using the embedded emulator (demo project \(EmulatorConfiguration.projectID))\n")
        }
        return .identity(
            url: started.identityURL,
            credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(EmulatorConfiguration.demoAPIKey)),
            region: "DFW")
    }

    private func makeClient(_ access: ServiceAccess) -> CloudBackupClient {
        let transport = self.transport ?? AsyncHTTPTransport()
        self.transport = transport
        return CloudBackupClient(
            configuration: ClientConfiguration(access: access, exchangeLog: exchangeLog), transport: StoppableTransport(base: transport))
    }

    var placeName: String {
        get async {
            let place: String
            switch resolved.settings {
            case .emulator where access == nil || resolvedRegion(access) == "DFW": place = "emulator"
            case .emulator: place = "emulator/" + (resolvedRegion(access) ?? "").lowercased()
            case .service(.direct): place = "direct"
            case .service(.identity(_, _, let region)):
                if let region = resolvedRegion(access) ?? region {
                    place = region.lowercased()
                } else if let session = try? await connected?.session(), let region = session.region {
                    place = region.lowercased()
                } else {
                    place = "bsh"
                }
            }
            return resolved.profile.map { "\($0)/\(place)" } ?? place
        }
    }

    private func resolvedRegion(_ access: ServiceAccess?) -> String? {
        if case .identity(_, _, let region) = access { return region }
        return nil
    }

    var isConnected: Bool { connected != nil }

    func connection() async throws -> ConnectionSummary {
        let client = try await connectedClient()
        let session = try await client.session()
        let mode: String
        let user: String?
        switch access {
        case .identity(_, let credentials, _)?: user = credentials.username
        default: user = nil
        }
        switch resolved.settings {
        case .emulator: mode = "emulator"
        case .service(.direct): mode = "token"
        case .service(.identity): mode = "identity"
        }
        return ConnectionSummary(
            profile: resolved.profile, user: user, region: session.region, endpoint: session.endpoint, tokenExpires: session.expires,
            mode: mode)
    }

    func switchRegion(to region: String) async throws -> ConnectionSummary {
        _ = try await connectedClient()
        guard case .identity(let url, let credentials, _)? = access else {
            throw ShellError(.usage, "the region comes with the endpoint given (--endpoint, BSH_ENDPOINT or a profile's endpoint)")
        }
        try await replaceClient(with: .identity(url: url, credentials: credentials, region: region))
        return try await connection()
    }

    func switchProfile(to name: String) async throws -> ConnectionSummary {
        guard let sources else { throw ShellError(.failure, "this shell has no config file to switch profiles from") }
        let next: AccessSources.Resolved
        do {
            next = try sources.resolve(profile: name)
        } catch {
            throw ShellError(error.status == .usage ? .usage : .failure, error.message)
        }
        let access: ServiceAccess
        switch next.settings {
        case .service(let configured): access = configured
        case .emulator(let reason):
            throw ShellError(.usage, "profile \(name) gives no account (\(reason)); the prompt stays where it is")
        }
        try await replaceClient(with: access)
        resolved = next
        secretsInUse.add(next.settings.secretValues)
        return try await connection()
    }

    /// Signs in with `access` first, so that the old client stays when that fails.
    private func replaceClient(with access: ServiceAccess) async throws {
        let client = makeClient(access)
        _ = try await client.session()
        connected = client
        self.access = access
    }

    func profiles() async throws -> [ProfileSummary] {
        guard let sources else { return [] }
        do {
            return try sources.profiles().map {
                ProfileSummary(name: $0.name, user: $0.username, region: $0.region, current: $0.name == resolved.profile)
            }
        } catch {
            throw ShellError(.usage, error.message)
        }
    }

    /// Closes connections and stops the emulator, if they were ever started.
    func shutdown() async {
        await transport?.shutdown()
        await emulator?.shutdown()
    }
}
