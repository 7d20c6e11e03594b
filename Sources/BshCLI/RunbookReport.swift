import Foundation

/// What a runbook run did, step by step: written as JUnit XML (`--report junit:FILE`) for CI
/// systems to display, or as JSON (`--report json:FILE`).
struct RunbookReport: Sendable, Encodable {
    /// One step's outcome.
    struct Step: Sendable, Encodable {
        enum Outcome: String, Sendable, Encodable {
            case passed, failed, skipped
        }

        let number: Int
        let title: String
        /// The runbook and line of the step's first code line.
        let file: String
        let line: Int
        let outcome: Outcome
        /// The exit status the step ended with; nil when it did not run.
        let status: Int32?
        let seconds: Double
        /// What the step printed on standard output.
        let output: String
        /// Its messages and errors (standard error).
        let errors: String
        /// Where and why it failed.
        let failure: Failure?
    }

    /// The first error a failed step reported, where the shell located it.
    struct Failure: Sendable, Encodable {
        let message: String
        let file: String
        let line: Int
    }

    let runbook: String
    /// The run's exit status.
    let status: Int32
    let steps: [Step]

    var seconds: Double { steps.map(\.seconds).reduce(0, +) }

    func count(_ outcome: Step.Outcome) -> Int {
        steps.filter { $0.outcome == outcome }.count
    }

    /// The failure a step's error text reports: its first `FILE:LINE:COLUMN: error: MESSAGE` line in
    /// the runbook, else the step's own line with the first line of its errors.
    static func failure(in errors: String, file: String, stepLine: Int, status: Int32) -> Failure {
        let lines = errors.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        for text in lines where text.hasPrefix(file + ":") {
            let rest = text.dropFirst(file.count + 1).split(separator: ":", maxSplits: 2)
            if rest.count == 3, let line = Int(rest[0]), Int(rest[1]) != nil {
                var message = rest[2].trimmingCharacters(in: .whitespaces)
                if message.hasPrefix("error: ") { message.removeFirst("error: ".count) }
                return Failure(message: message, file: file, line: line)
            }
        }
        let message = lines.first { !$0.hasPrefix("==>") && !$0.hasPrefix("<==") } ?? "the step ended with status \(status)"
        return Failure(message: message.hasPrefix("bsh: ") ? String(message.dropFirst(5)) : message, file: file, line: stepLine)
    }

    /// The report as JSON: the run's status and counts, and each step.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
