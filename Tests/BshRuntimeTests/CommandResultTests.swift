import BshRuntime
import Foundation
import Testing

/// Commands return their results; the statement keeps them or prints them once.
@Suite("Command results")
struct CommandResultTests {
    @Test func aKeptResultPrintsNothingAndItsNotesStillShow() async throws {
        let (status, host, _) = try await runScript("agent web01\nlet all = agents\nexpect len($all) > 1")
        #expect(status == 0, "\(host.error)")
        #expect(host.output.isEmpty, "\(host.output)")
        #expect(host.error.contains("agent web01 ("), "\(host.error)")
    }

    @Test func theLastResultIsTheLastCommandsEvenWhenPrinted() async throws {
        let (status, host, _) = try await runScript(
            "agents\nlet n = len($_)\nexpect $n > 1\nexpect $n == (agents | count)\nagent web01\nexpect $_ == null")
        #expect(status == 0, "\(host.error)")
    }

    @Test func listingADirectoryLeavesThePendingRequestToWait() async throws {
        let (status, host, shell) = try await runScript(
            "agent web01\nbrowse /etc\nls /var\nlet r = wait\nexpect \"hosts\" in $r.items.name \"wait answers the browse of /etc\"")
        #expect(status == 0, "\(host.error)")
        #expect(await shell.pending == nil)
        #expect(host.error.contains("browse /etc requested"), "\(host.error)")
        #expect(!host.error.contains("browse /var requested"), "ls has waited already: \(host.error)")
    }

    @Test func aDownloadedLogCanBeKeptAsText() async throws {
        let (status, host, _) = try await runScript(
            "agent web01\nlogs request\nwait\nlet text = logs get last\nexpect type($text) == \"string\"\nexpect len($text) > 0")
        #expect(status == 0, "\(host.error)")
        #expect(!host.output.contains("INFO"), "the kept log was printed: \(host.output.prefix(200))")
    }

    @Test func withJSONEachDocumentOfAListIsOneLine() async throws {
        let (status, host, _) = try await runScript("agents", json: true)
        #expect(status == 0, "\(host.error)")
        let lines = host.output.split(separator: "\n")
        #expect(lines.count >= 2)
        for line in lines {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "\(line)")
        }
    }
}
