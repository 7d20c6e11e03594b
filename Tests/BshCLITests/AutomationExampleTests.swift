import BshTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// docs/AUTOMATION.md's examples, run: the CI job and its JUnit report, the Ansible tasks' command
/// lines, and the cron script.
@Suite("The automation examples run")
struct AutomationExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("examples/automation")
    static var document: String { (try? String(contentsOf: root.appendingPathComponent("docs/AUTOMATION.md"), encoding: .utf8)) ?? "" }

    /// The environment with the built bsh first on PATH and the emulator's agents fast.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        let directory = BshProcess.executable.deletingLastPathComponent().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return BshProcess.cleanEnvironment(["PATH": directory + ":" + path, "BSH_EMULATOR_TIME_SCALE": "0.02"].merging(extra) { $1 })
    }

    @Test(arguments: ["backup-check.sh", "restore-drill.md", "ci-job.sh"])
    func theDocumentShowsEachExampleAsItIs(file: String) throws {
        let text = try String(contentsOf: Self.examples.appendingPathComponent(file), encoding: .utf8)
        let indented = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
            .joined(separator: "\n")
        #expect(Self.document.contains(indented.trimmingCharacters(in: .newlines)), "docs/AUTOMATION.md shows \(file) as it is")
    }

    @Test func theCIJobRunsTheDrillAndWritesItsJUnitReport() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("examples"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("examples/automation"), withDestinationURL: Self.examples)
        let result = try await BshProcess.run(
            [Self.examples.appendingPathComponent("ci-job.sh").path], environment: Self.environment(), directory: directory,
            program: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("4 passed, 0 failed, 0 not run"))
        let report = try Data(contentsOf: directory.appendingPathComponent("restore-drill.xml"))
        #if canImport(FoundationXML)
        let document = try XMLDocument(data: report)
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue ?? "" } == [
            "1. The agent is registered", "2. It is online", "3. Its files can be listed", "4. It has a backup configuration",
        ])
        #expect(try document.nodes(forXPath: "//failure").isEmpty)
        #endif
    }

    /// The `argv:` lines of the Ansible tasks: YAML flow sequences of quoted strings, which are JSON too.
    static var ansibleCommandLines: [[String]] {
        document.split(separator: "\n").compactMap { line -> [String]? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("argv: ") else { return nil }
            return try? JSONDecoder().decode([String].self, from: Data(text.dropFirst("argv: ".count).utf8))
        }
    }

    @Test func theAnsibleTasksCommandLinesRunAndTheirJSONAnswersTheCondition() async throws {
        let lines = Self.ansibleCommandLines
        #expect(lines.count == 2)
        let keys = Self.document.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(keys.filter { $0.hasPrefix("changed_when: ") }.count == 2)
        #expect(keys.filter { $0.hasPrefix("failed_when: ") }.count == 2)
        let bootstrap = FileManager.default.temporaryDirectory.appendingPathComponent("bootstrap-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: bootstrap) }
        try #"{"AgentId": "8f135b4f-7a69-4b8a-947f-5e80d772fd97"}"#.write(to: bootstrap, atomically: true, encoding: .utf8)
        for argv in lines {
            #expect(argv.first == "bsh" && argv.contains("--json"))
            let result = try await BshProcess.run(
                Array(argv.dropFirst()), environment: Self.environment(["BSH_AGENT_BOOTSTRAP": bootstrap.path]))
            #expect(result.status == 0, "\(argv): \(result.stderr)")
            for line in result.stdout.split(separator: "\n") {
                #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil, "a JSON document: \(line)")
            }
        }
        let status = try await BshProcess.run(
            Array(lines[0].dropFirst()), environment: Self.environment(["BSH_AGENT_BOOTSTRAP": bootstrap.path]))
        let answer = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
        #expect(answer?["online"] as? Bool == true, "failed_when reads .online")
    }

    @Test
    func theCronScriptIsQuietExactlyWhenTheReportIsOk() async throws {
        let direct = try await BshProcess.run(["-c", "report --all"], environment: Self.environment())
        let script = try await BshProcess.run(
            [Self.examples.appendingPathComponent("backup-check.sh").path], environment: Self.environment(),
            program: URL(fileURLWithPath: "/bin/sh"))
        #expect(script.status == direct.status)
        #expect(script.stdout.isEmpty == (direct.status == 0))
        if direct.status != 0 { #expect(script.stdout.hasPrefix("bsh report --all exited with status \(direct.status)\n")) }
    }
}
