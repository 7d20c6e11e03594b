@testable import BshCLI
import BshTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `bsh run --report junit:FILE` and `json:FILE`: one test case per step, read back with an XML parser.
@Suite("Runbook reports for CI")
struct RunbookReportTests {
    static let runbook = """
        # Nightly check

        ## List the agents

        ```bsh
        let listed = agents
        echo "agents: <${len($listed)}> & more"
        ```

        ## Expect the impossible

        Prose between steps.

        ```bsh
        let n = 2
        expect $n > 5 "n is large"
        ```

        ## Never reached

        ```bsh
        echo "not run"
        ```
        """

    func runWithReports(_ text: String, extra: [String] = []) async throws -> (ProcessResult, junit: Data, json: Data, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let runbook = directory.appendingPathComponent("nightly.md")
        try text.write(to: runbook, atomically: true, encoding: .utf8)
        let junit = directory.appendingPathComponent("junit.xml"), json = directory.appendingPathComponent("report.json")
        let result = try await BshProcess.run(
            ["run", runbook.path, "--report", "junit:\(junit.path)", "--report", "json:\(json.path)"] + extra,
            environment: BshProcess.cleanEnvironment(["BSH_EMULATOR_TIME_SCALE": "0.02"]))
        return (result, try Data(contentsOf: junit), try Data(contentsOf: json), runbook.path)
    }

    @Test func theJUnitReportHasOneTestCasePerStepAndTheExitStatusStays() async throws {
        let (result, junit, _, path) = try await runWithReports(Self.runbook)
        #expect(result.status == 1, "the status of a failed step, as without a report")
        #if canImport(FoundationXML)
        let document = try XMLDocument(data: junit)
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "tests")?.stringValue == "3")
        #expect(suite.attribute(forName: "failures")?.stringValue == "1")
        #expect(suite.attribute(forName: "skipped")?.stringValue == "1")
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        #expect(cases.map { $0.attribute(forName: "name")?.stringValue } == ["1. List the agents", "2. Expect the impossible", "3. Never reached"])
        #expect(cases.map { $0.attribute(forName: "line")?.stringValue } == ["6", "15", "22"])
        for testCase in cases {
            let time = try #require(testCase.attribute(forName: "time")?.stringValue.flatMap(Double.init))
            #expect(time >= 0)
        }
        #expect(cases[0].elements(forName: "system-out").first?.stringValue == "agents: <5> & more\n")
        #expect(cases[0].elements(forName: "failure").isEmpty)
        let failure = try #require(cases[1].elements(forName: "failure").first)
        #expect(failure.attribute(forName: "message")?.stringValue == "\(path):16: expectation failed: n is large")
        #expect(failure.stringValue?.contains("expect $n > 5 \"n is large\"") == true)
        #expect(cases[2].elements(forName: "skipped").count == 1)
        #else
        Issue.record("FoundationXML is needed to read the report back")
        #endif
    }

    @Test func theJSONReportHoldsTheSameSteps() async throws {
        let (result, _, json, path) = try await runWithReports(Self.runbook, extra: ["--keep-going"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(report["status"] as? Int == 1)
        let steps = try #require(report["steps"] as? [[String: Any]])
        #expect(steps.map { $0["outcome"] as? String } == ["passed", "failed", "passed"])
        #expect(steps[2]["output"] as? String == "not run\n")
        let failure = try #require(steps[1]["failure"] as? [String: Any])
        #expect(failure["file"] as? String == path)
        #expect(failure["line"] as? Int == 16)
    }

    @Test func aPassingRunbookExits0WithNoFailures() async throws {
        let (result, junit, _, _) = try await runWithReports("# Fine\n\n```bsh\necho ok\n```\n")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let text = String(decoding: junit, as: UTF8.self)
        #expect(text.contains("<testsuites name=\"bsh run\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\""))
    }

    @Test func aReportThatCannotBeWrittenFailsTheRun() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bsh-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let runbook = directory.appendingPathComponent("ok.md")
        try "```bsh\necho ok\n```\n".write(to: runbook, atomically: true, encoding: .utf8)
        let result = try await BshProcess.run(["run", runbook.path, "--report", "junit:/nonexistent/dir/junit.xml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bsh: cannot write the junit report /nonexistent/dir/junit.xml: "))
        let bad = try await BshProcess.run(["run", runbook.path, "--report", "xml:out.xml"])
        #expect(bad.status == 2)
    }

    @Test func textIsEscapedForXMLAndColoursAreRemoved() {
        let text = "a<b>&\"c\" \u{1B}[1;31mred\u{1B}[0m \u{7}bell\r\n"
        #expect(RunbookReport.escaped(text) == "a&lt;b&gt;&amp;&quot;c&quot; red \u{FFFD}bell&#13;\n")
    }
}
