import CloudBackupAPI
import CloudBackupClient
import CloudBackupEmulator
import Testing

@testable import BshRuntime

/// Commands that create something carry on when the answer was lost, with what the service made;
/// when that cannot be told, the hint names the command to look with.
@Suite("Commands after a lost answer")
struct LostAnswerCommandTests {
    @Test func aBackupStartedWhoseAnswerWasLostIsWaitedFor() async throws {
        try await withShell { emulator, session in
            #expect(try await session.run("agent web01; config create etc --include /etc --email ops@example.com") == 0)
            await emulator.enqueueFaults([.dropAnswer], for: .startBackup)
            let status = try await session.run("let b = backup start last; let done = wait 30s; echo \"$b.id $done.state\"")
            #expect(status == 0, "\(session.host.error)")
            #expect(session.host.output.contains(" completed"), "\(session.host.output)")
            #expect(await emulator.operationCounts(.startBackup) == OperationCounts(received: 1, performed: 1, answersDropped: 1))
        }
    }

    @Test(arguments: [
        ("POST /backups", "backups"), ("POST /restores", "restores"), ("POST /cleanups", "cleanups"),
        ("POST /configurations", "configs"), ("POST /agents/a1/logfiles", "logs"),
    ])
    func anUnsettledCreateNamesTheCommandToLookWith(operation: String, command: String) {
        let error = APIError(kind: .transport, operation: operation, message: "the server closed the connection", check: "it")
        let hint = ErrorAdvice.shellError(for: error).hint
        #expect(hint == "the service may have done it: look with '\(command)' before trying again")
        let plain = APIError(kind: .transport, operation: operation, message: "the server closed the connection")
        #expect(ErrorAdvice.shellError(for: plain).hint?.hasPrefix("check the network") == true)
    }
}
