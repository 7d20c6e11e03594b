@testable import BshRuntime
import BshLanguage
import BshTestSupport
import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Synchronization
import Testing

/// A transport that passes requests on and keeps their methods and URLs.
final class RecordingTransport: HTTPTransport {
    private let inner: any HTTPTransport
    private let requests = Mutex<[(method: String, url: String)]>([])

    init(_ inner: any HTTPTransport) {
        self.inner = inner
    }

    func send(_ request: TransportRequest, timeout: Duration) async throws -> TransportResponse {
        requests.withLock { $0.append((request.method, request.url)) }
        return try await inner.send(request, timeout: timeout)
    }

    var count: Int { requests.withLock { $0.count } }

    /// The operations of the requests from `start` on; identity and downloads are left out.
    func operations(from start: Int) -> [String] {
        requests.withLock { Array($0[start...]) }.compactMap { request in
            guard let below = request.url.range(of: "/v2/123456") else { return nil }
            let path = String(request.url[below.upperBound...].prefix { $0 != "?" })
            return APICommand.match(method: request.method, path: path)?.operation.name
        }
    }
}

/// Each command of `OperationCoverage` really sends its operation: the commands run in one session
/// against the emulator, and the requests each one sent are checked.
@Suite("Every covering command sends its operation")
struct OperationSendingTests {
    static let agent = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"
    static let password = "64656d6f2d7661756c742d70617373776f7264"

    /// Operation → the statements that perform it, in an order where each finds what it needs.
    static let scenario: [(operation: String, line: String)] = [
        ("listAgents", "agents"),
        ("getAgent", "agent"),
        ("updateAgent", "agent enable"),
        ("getAgentStatus", "agent status"),
        ("getAgentConfiguration", "agent settings"),
        ("listAgentActivities", "activities --agent"),
        ("listProjectActivities", "activities"),
        ("listAgentEvents", "events --agent"),
        ("listProjectEvents", "events"),
        ("postProjectEvent", "browse /etc"),
        ("createAgentBrowseRequest", "browse /etc"),
        ("getAgentBrowseRequest", "wait"),
        ("listLogFiles", "logs"),
        ("requestLogFile", "logs request"),
        ("getLogFile", "wait; logs show last"),
        ("deleteLogFile", "logs delete last"),
        ("updateLogFile", "try { api PATCH /agents/\(agent)/logfiles/x '[]' } catch e { }"),
        ("postAgentEvent", "try { api POST /agents/\(agent)/events '{}' } catch e { }"),
        ("registerAgent", "try { api POST /agents '{}' } catch e { }"),
        ("authenticateAgent", "try { api POST /agents/tokens '{}' } catch e { }"),
        ("listConfigurations", "configs --all"),
        ("listAgentConfigurations", "configs"),
        ("createConfiguration", "config create coverage --include /etc --email ops@example.com"),
        ("getConfiguration", "config show last"),
        ("startBackup", "backup start last"),
        ("getBackup", "wait"),
        ("listBackups", "backups"),
        ("listBackupErrors", "backup errors last"),
        ("listBackupEvents", "backup events last"),
        ("createBackupBrowseRequest", "browse --backup last /etc"),
        ("getBackupBrowseRequest", "wait"),
        ("startRestore", "restore start last --to /tmp/restored /etc/hosts"),
        ("getRestore", "restore show last"),
        ("listRestores", "restores"),
        ("listRestoreErrors", "restore errors last"),
        ("listRestoreEvents", "events --restore last"),
        ("updateRestore", "try { restore cancel last } catch e { }"),
        ("startCleanup", "cleanup start"),
        ("getCleanup", "cleanup show last"),
        ("listCleanups", "cleanups"),
        ("listCleanupErrors", "cleanup errors last"),
        ("listCleanupEvents", "events --cleanup last"),
        ("updateCleanup", "try { cleanup cancel last } catch e { }"),
        ("updateBackup", "try { backup cancel last } catch e { }"),
        ("updateConfiguration", "config disable last"),
        ("listConfigurationActivities", "activities --config last"),
        ("listConfigurationEvents", "events --config last"),
        ("deleteConfiguration", "config delete last"),
        ("createPasswordVerificationRequest", "vault verify \(password)"),
        ("getPasswordVerificationRequest", "wait"),
        ("reportPasswordVerificationRequest", "try { api POST /agents/\(agent)/vault-password-verification-requests/x '{}' } catch e { }"),
        ("createVaultEncryptionRequest", "vault encrypt 00112233445566778899aabbccddeeff --old \(password)"),
        ("getVaultEncryptionRequest", "wait"),
        ("reportVaultEncryptionRequest", "try { api POST /agents/\(agent)/vault-encryption-requests/x '{}' } catch e { }"),
        ("moveVault", "try { vault move --from web02 } catch e { }"),
        ("getHealth", "health"),
        ("getDependentSystemHealth", "health cassandra"),
        ("ping", "ping"),
        ("getSummarySettings", "settings"),
        ("updateSummarySettings", "settings set --daily on"),
        ("deleteAgent", "agent delete web02"),
    ]

    @Test func theScenarioCoversTheTable() {
        #expect(Set(Self.scenario.map(\.operation)) == Set(OperationCoverage.commands.keys))
    }

    @Test func eachCommandSendsItsOperation() async throws {
        try await TestEmulator.with { emulator in
            var recorder: RecordingTransport?
            let services = EmulatorServices(emulator: emulator) { inner in
                let recording = RecordingTransport(inner)
                recorder = recording
                return recording
            }
            let transport = try #require(recorder)
            let host = RecordingHost()
            let shell = Shell(host: host, services: services)
            #expect(try await run("agent web01", in: shell) == 0)
            for (operation, line) in Self.scenario {
                let start = transport.count
                let status = try await run(line, in: shell)
                #expect(status == 0, "\(line): \(host.error.suffix(400))")
                let sent = transport.operations(from: start)
                #expect(sent.contains(operation), "'\(line)' sent \(sent), not \(operation)")
            }
            await services.transport.shutdown()
        }
    }

    private func run(_ line: String, in shell: Shell) async throws -> Int32 {
        let source = SourceFile(name: "coverage.bsh", text: line)
        return await shell.run(try program(of: source), in: source)
    }
}
