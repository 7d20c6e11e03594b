import BshLanguage
import BshRuntime
import Foundation
import Testing

@Suite("Log file commands against the emulator")
struct LogCommandTests {
    @Test func aCompletedLogPrintsSavesShowsAndDeletes() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("log-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        let (status, host, _) = try await runScript("""
            agent web01
            logs request
            wait
            logs get last
            logs get last \(file.path)
            logs show last
            logs delete last
            logs show last
            """)
        #expect(status == 1)
        let saved = try String(contentsOf: file, encoding: .utf8)
        #expect(saved.split(separator: "\n").count > 3)
        #expect(host.output.contains(saved))
        #expect(host.error.contains("deleted"))
        #expect(host.error.contains("test.bsh:8:1: error: logs:"))
    }

    @Test func aLogIsNotWrittenWhereNoFileCanBe() async throws {
        let directory = FileManager.default.temporaryDirectory.path
        let (status, host, _) = try await runScript("""
            agent web01; logs request; wait
            try { logs get last \(directory) } catch e { echo $e.message }
            logs get last /nonexistent-directory/agent.log
            """)
        #expect(status == 1)
        #expect(host.output.contains("cannot write '\(directory)': it is a directory"))
        #expect(host.error.contains("cannot write '/nonexistent-directory/agent.log'"))
        #expect(!host.error.contains("NSCocoaErrorDomain"))
    }

    @Test func aSavedLogIsPrivateAndReplacesAFileWithoutWideningIt() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("logs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fresh = directory.appendingPathComponent("fresh.log").path
        let existing = directory.appendingPathComponent("existing.log").path
        #expect(FileManager.default.createFile(atPath: existing, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        let (status, host, _) = try await runScript("agent web01; logs request; wait; logs get last \(fresh); logs get last \(existing)")
        #expect(status == 0, "\(host.error)")
        for path in [fresh, existing] {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.posixPermissions] as? Int == 0o600, "\(path)")
            #expect(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").count > 3)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["existing.log", "fresh.log"])
    }

    @Test func gettingALogBeforeItCompletesSaysToWait() async throws {
        let (status, host, _) = try await runScript("agent db02; logs request; logs get last")
        #expect(status == 1)
        #expect(host.error.contains("not completed"))
        #expect(host.error.contains("'wait' for it first"))
    }

    @Test func anUnknownSubcommandIsAUsageError() async throws {
        let (status, host, _) = try await runScript("agent web01; logs fetch")
        #expect(status == 2)
        #expect(host.error.contains("unknown subcommand 'fetch'"))
    }
}
