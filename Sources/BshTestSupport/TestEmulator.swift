import CloudBackupEmulator

/// Runs a body against a fresh emulator on a loopback port, and stops it afterwards.
public enum TestEmulator {
    /// A time scale that keeps the simulated agents' timings in proportion but quick.
    public static let fastTimeScale = 0.02

    public static func with<T>(
        timeScale: Double = fastTimeScale, tokenLifetime: Duration = .seconds(3600),
        _ body: (Emulator) async throws -> T
    ) async throws -> T {
        try await with(EmulatorConfiguration(timeScale: timeScale, tokenLifetime: tokenLifetime), body)
    }

    /// Runs a body against a fresh emulator with this configuration.
    public static func with<T>(_ configuration: EmulatorConfiguration, _ body: (Emulator) async throws -> T) async throws -> T {
        let emulator = try await Emulator.start(configuration)
        do {
            let result = try await body(emulator)
            await emulator.shutdown()
            return result
        } catch {
            await emulator.shutdown()
            throw error
        }
    }
}
