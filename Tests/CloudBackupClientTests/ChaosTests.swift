import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

/// The short version of `scripts/chaos`: configure, back up, restore, clean up and request logs on
/// three agents against an emulator that answers 20 % of requests with 503 or 429 and Retry-After,
/// drops 5 % of connections (half before the request is performed, half after) and issues tokens
/// that live 5 s. The emulator's request log proves each operation was performed exactly as often
/// as it was asked for.
@Suite("Chaos: nothing lost, nothing performed twice")
struct ChaosTests {
    static let plan = FaultPlan(
        failRate: 0.2, failStatuses: [503, 429], retryAfterSeconds: 0, dropRate: 0.025, dropAnswerRate: 0.025, seed: 13)

    /// The operations each agent's round asks for once.
    static let asked: [APIOperation] = [
        .createConfiguration, .startBackup, .startRestore, .startCleanup, .requestLogFile, .deleteConfiguration,
    ]

    @Test func aShortRunbookUnderFaultsLosesNothingAndRepeatsNothing() async throws {
        let configuration = EmulatorConfiguration(
            timeScale: TestEmulator.fastTimeScale, tokenLifetime: .seconds(5), faults: Self.plan)
        try await TestEmulator.with(configuration) { emulator in
            let transport = AsyncHTTPTransport()
            // Eight attempts: with a quarter of requests failing, four in a row come once in 256 requests.
            let client = CloudBackupClient(
                configuration: ClientConfiguration(
                    access: .demo(emulator),
                    retryPolicy: RetryPolicy(maximumAttempts: 8, baseDelay: .milliseconds(10), maximumDelay: .milliseconds(100))),
                transport: transport)
            // On top of the random faults, the first request of each operation loses its answer or
            // its connection, so that every recovery is exercised whatever the draws.
            for operation in [APIOperation.startBackup, .startRestore, .startCleanup, .requestLogFile, .deleteConfiguration] {
                await emulator.enqueueFaults([.dropAnswer], for: operation)
            }
            await emulator.enqueueFaults([.dropConnection, .dropAnswer], for: .createConfiguration)
            var asked: [APIOperation: Int] = [:]
            let agents = try await client.listAgents().filter { $0.name.hasPrefix("web") || $0.name == "db01" }
            #expect(agents.count == 3)
            for agent in agents {
                let made = try await client.createConfiguration(
                    ConfigurationRequest(
                        agentID: agent.id, name: "chaos-\(agent.name)", schedule: nil, retention: Retention(days: 7),
                        inclusions: [.folder("/etc")],
                        notifications: [BackupNotification(destination: "ops@example.com", onSuccess: false, onFailure: true)]))
                let backup = try await client.startBackup(configurationID: made.id)
                try await finished { try await client.backup(id: backup.id).state }
                let restore = try await client.startRestore(
                    StartRestoreRequest(backupID: backup.id, destinationAgentID: agent.id, destinationPath: "/tmp/chaos"))
                try await finished { try await client.restore(id: restore.id).state }
                let cleanup = try await client.startCleanup(agentID: agent.id)
                try await finished { try await client.cleanup(id: cleanup.id).state }
                _ = try await client.requestLogFile(agentID: agent.id)
                try await client.deleteConfiguration(id: made.id)
                for operation in Self.asked { asked[operation, default: 0] += 1 }
            }
            await transport.shutdown()
            for (operation, count) in asked {
                let counts = await emulator.operationCounts(operation)
                #expect(counts.performed == count, "\(operation.name): asked \(count), performed \(counts.performed)")
                #expect(counts.answersDropped >= 1, "\(operation.name): no answer was lost")
            }
            let all = await emulator.allOperationCounts().values
            #expect(all.reduce(0) { $0 + $1.received } > all.reduce(0) { $0 + $1.performed }, "faults were injected")
        }
    }

    /// Waits until a job reaches a finished state, asking through transient errors.
    private func finished(_ state: @Sendable () async throws -> String) async throws {
        let done: Set<String> = ["completed", "completed_with_errors", "failed", "stopped", "skipped"]
        let reached = try await eventually {
            let current = try? await state()
            return current.map(done.contains) == true ? true : nil
        }
        #expect(reached == true)
    }
}
