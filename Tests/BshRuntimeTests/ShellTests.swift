import BshLanguage
import BshRuntime
import CloudBackupAPI
import Testing

@Suite("The shell against the emulator")
struct ShellTests {
    @Test func theSeedPathListsEtcAndCompletesALogUpload() async throws {
        let (status, host, shell) = try await runScript("agent 8f13; browse /etc; wait; logs request; wait")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("hosts"))
        #expect(host.output.contains("completed"))
        #expect(await shell.currentAgent?.name == "web01")
        #expect(await shell.pending == nil)
        let cached = await shell.browseCache.result(agentID: "8f135b4f-7a69-4b8a-947f-5e80d772fd97", path: RemoteName("/etc/"))
        #expect(cached?.items.isEmpty == false)
    }

    @Test func aFailureNamesTheCommandAndStopsTheScript() async throws {
        let (status, host, _) = try await runScript("agent zzzz\necho after")
        #expect(status == 1)
        #expect(host.error.contains("test.bsh:1:1: error: agent: no agent matches 'zzzz'"))
        #expect(!host.output.contains("after"))
    }

    @Test func commandsThatNeedAnAgentSayHowToChooseOne() async throws {
        let (status, host, _) = try await runScript("browse /etc")
        #expect(status == 2)
        #expect(host.error.contains("no agent selected"))
        #expect(host.error.contains("hint:"))
    }

    @Test func nonUTF8NamesAreShownEscaped() async throws {
        let (status, host, _) = try await runScript("agent web01; browse /home/deploy; wait")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.contains("\\x"))
    }

    @Test func jsonPrintsOneDocumentPerAgent() async throws {
        let (status, host, _) = try await runScript("agents", json: true)
        #expect(status == 0)
        let lines = host.output.split(separator: "\n")
        #expect(lines.count >= 5)
        #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.contains("\"project_id\"") })
    }

    @Test func echoAndHelpNeverTouchTheService() async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: "echo a 'b c'; help; help wait")
        let status = await shell.run(try program(of: source), in: source)
        #expect(status == 0, "\(host.error)")
        #expect(host.output.hasPrefix("a b c\n"))
        #expect(host.output.contains("Waiting:"))
        #expect(host.output.contains("usage:   wait [TIMEOUT]"))
    }
}
