import BshLanguage
import BshRuntime
import Foundation
import Testing

/// Scripts that would run away or overflow a stack end with an error instead.
@Suite("Language limits")
struct LanguageLimitTests {
    private func run(_ text: String, name: String = "t.bsh") async -> (status: Int32, error: String) {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: name, text: text)
        let parsed = Parser.parse(source)
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        return (await shell.run(parsed.program, in: source), host.error)
    }

    @Test func valuesNestNoDeeperThanJSONDocuments() async {
        let (status, error) = await run("let x = []\nlet i = 0\nwhile $i < 600 max 1000 { set x = [$x]; set i = $i + 1 }")
        #expect(status != 0)
        #expect(error.contains("a list would nest more than 512 levels deep"), "\(error)")
        let each = await run("let x = []\nlet i = 0\nwhile $i < 600 max 1000 { set x = [$x] | each { $it }; set i = $i + 1 }")
        #expect(each.error.contains("more than 512 levels deep"), "\(each.error)")
    }

    @Test func aFileThatSourcesItselfStops() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-\(UUID().uuidString).bsh").path
        try Data("source \(path)\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, error) = await run("source \(path)")
        #expect(status != 0)
        #expect(error.contains("sourced files and procedure calls nested more than 1000 deep"), "\(error.prefix(500))")
    }

    @Test func recursionThroughAParallelLoopStops() async {
        let (status, error) = await run("def f() { for a in [1] parallel 1 { f } }\nf")
        #expect(status != 0)
        #expect(error.contains("procedure calls nested more than 1000 deep"), "\(error.suffix(500))")
    }

    @Test func exitInsideEachEndsTheScriptWithItsStatus() async {
        #expect(await run("[1] | each { exit 3 }").status == 3)
        #expect(await run("try { [1] | each { exit 6 } } catch e { echo caught }").status == 6)
    }

    @Test(arguments: [("return 5", "return"), ("break", "break")])
    func returnAndBreakCannotLeaveAParallelLoop(statement: String, word: String) async {
        let (status, error) = await run("def f() { for x in [1, 2] parallel 2 { \(statement) } }\nf")
        #expect(status != 0)
        #expect(error.contains("'\(word)' inside a parallel loop"), "\(error)")
    }

    @Test func continueEndsOnlyItsIteration() async {
        #expect(await run("for x in [1, 2] parallel 2 { continue }").status == 0)
    }

    @Test func firstAndLastTakeZero() async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: "echo ([1, 2] | first 0 | count) ([1, 2] | last 0 | count)")
        #expect(try await shell.run(program(of: source), in: source) == 0)
        #expect(host.output == "0 0\n")
    }

    @Test func anArgumentNotGivenIsNullHoweverLargeItsNumber() async throws {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t", text: "echo (type($3)) (type($99999999999999999999))")
        #expect(try await shell.run(program(of: source), in: source) == 0, "\(host.error)")
        #expect(host.output == "null null\n")
    }
}
