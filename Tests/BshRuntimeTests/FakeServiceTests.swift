import BshLanguage
import BshRuntime
import CloudBackupAPI
import CloudBackupClient
import Synchronization
import Testing

/// Commands against a fake service that records what it was asked and answers what no emulator
/// would: a conflict on cancel, an agent that is offline.
@Suite("Commands against a recording fake")
struct FakeServiceTests {
    final class Recording: FakeService {
        let calls = Mutex<[String]>([])
        let agents = [
            Agent(id: "8f135b4f-7a69-4b8a-947f-5e80d772fd97", name: "web01"),
            Agent(id: "1c2d3e4f-0000-4000-8000-000000000000", name: "db01"),
        ]

        func listAgents() async throws -> [Agent] {
            calls.withLock { $0.append("listAgents") }
            return agents
        }

        func agentStatus(agentID: String) async throws -> AgentStatus {
            calls.withLock { $0.append("agentStatus \(agentID)") }
            return AgentStatus(busy: false, online: false)
        }

        func backups(restorable: Bool?, configurationID: String?, options: ListOptions) -> Paginated<Backup> {
            Paginated(query: []) { _ in Page(items: [], links: []) }
        }

        func stopBackup(id: String) async throws {
            calls.withLock { $0.append("stopBackup \(id)") }
            throw APIError(kind: .http, operation: "PATCH /backups/\(id)", status: 409, message: "The backup has already completed.")
        }
    }

    struct FakeProvider: ServiceProvider {
        let service: Recording
        func client() async throws -> any CloudBackupService { service }
        var placeName: String { "fake" }
    }

    private func run(_ text: String, on service: Recording) async throws -> (status: Int32, host: RecordingHost) {
        let host = RecordingHost()
        let shell = Shell(host: host, services: FakeProvider(service: service))
        let source = SourceFile(name: "t.bsh", text: text)
        return (await shell.run(try program(of: source), in: source), host)
    }

    @Test func statusAsksForTheSelectedAgent() async throws {
        let service = Recording()
        let (status, host) = try await run("agent db01\nlet s = agent status\nexpect $s.online == false", on: service)
        #expect(status == 0, "\(host.error)")
        #expect(service.calls.withLock { $0 } == ["listAgents", "agentStatus 1c2d3e4f-0000-4000-8000-000000000000"])
    }

    @Test func cancellingAFinishedBackupSaysWhereToLook() async throws {
        let service = Recording()
        let id = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
        let (status, host) = try await run("backup cancel \(id)", on: service)
        #expect(status == 1)
        #expect(service.calls.withLock { $0 } == ["stopBackup \(id)"])
        #expect(host.error.contains("409"), "\(host.error)")
        #expect(host.error.contains("has finished; 'backup show 0a1b2c3d' shows how it ended"), "\(host.error)")
    }

    @Test func aCallTheFakeCannotAnswerFailsTheCommand() async throws {
        let (status, host) = try await run("health", on: Recording())
        #expect(status == 1)
        #expect(host.error.contains("no answer for health"), "\(host.error)")
    }
}
