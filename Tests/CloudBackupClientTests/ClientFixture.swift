import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator

/// A client connected to a fresh emulator through Identity, with quick retries.
struct ClientFixture {
    let emulator: Emulator
    let transport: RecordingTransport
    let client: CloudBackupClient

    static func with<T: Sendable>(
        apiKey: String = EmulatorConfiguration.demoAPIKey, region: String? = "DFW",
        timeScale: Double = TestEmulator.fastTimeScale, _ body: (ClientFixture) async throws -> T
    ) async throws -> T {
        try await with(
            EmulatorConfiguration(timeScale: timeScale, tokenLifetime: .seconds(3600)), apiKey: apiKey, region: region, body)
    }

    /// A client connected to a fresh emulator with this configuration.
    static func with<T: Sendable>(
        _ emulatorConfiguration: EmulatorConfiguration, apiKey: String = EmulatorConfiguration.demoAPIKey,
        region: String? = "DFW", _ body: (ClientFixture) async throws -> T
    ) async throws -> T {
        try await TestEmulator.with(emulatorConfiguration) { emulator in
            let transport = RecordingTransport()
            let configuration = ClientConfiguration(
                access: .demo(emulator, apiKey: apiKey, region: region),
                retryPolicy: RetryPolicy(maximumAttempts: 4, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(200)))
            let fixture = ClientFixture(
                emulator: emulator, transport: transport, client: CloudBackupClient(configuration: configuration, transport: transport))
            do {
                let result = try await body(fixture)
                await transport.shutdown()
                return result
            } catch {
                await transport.shutdown()
                throw error
            }
        }
    }
}

extension ServiceAccess {
    /// The emulator's demo user, through Identity.
    static func demo(_ emulator: Emulator, apiKey: String = EmulatorConfiguration.demoAPIKey, region: String? = "DFW") -> ServiceAccess {
        .identity(
            url: emulator.identityURL,
            credentials: .apiKey(username: EmulatorConfiguration.demoUsername, apiKey: Secret(apiKey)), region: region)
    }
}

/// Polls `check` until it returns a value or the deadline passes. Used to await the emulator's
/// simulated agents, which answer on their own timeline.
func eventually<T>(within limit: Duration = .seconds(30), _ check: () async throws -> T?) async throws -> T? {
    let clock = ContinuousClock()
    let deadline = clock.now + limit
    while true {
        let late = clock.now >= deadline
        if let value = try await check() { return value }
        if late { return nil }
        try await Task.sleep(for: .milliseconds(20))
    }
}
