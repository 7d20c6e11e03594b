import BshLanguage

extension Shell {
    /// `set OPTION VALUE`: `trace on|off`, `output table|json|ndjson|csv` (as `--output`: how the
    /// results that follow are printed).
    func applySetting(_ name: String, _ word: Word) async throws {
        let value = word.isLiteral ? word.value : try await interpolate(word.segments)
        switch (name, value) {
        case ("trace", "on"): session.tracing = true
        case ("trace", "off"): session.tracing = false
        case ("trace", _):
            throw EvaluationError("'set trace' takes on or off", at: word.range, kind: .usage)
        case ("output", _):
            guard let format = OutputFormat(rawValue: value) else {
                let formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw EvaluationError("'set output' takes \(formats)", at: word.range, kind: .usage)
            }
            options.json = false
            options.output = format
        default:
            throw EvaluationError(
                "unknown option '\(name)'",
                hint: "options: trace (on|off), output (table|json|ndjson|csv); to assign a variable write: set \(name) = \(value)",
                at: word.range, kind: .usage)
        }
    }

    /// Prints a statement before it runs, as `bash -x` does: `+ file:line: text`, secrets hidden.
    func trace(_ statement: Statement) {
        let location = session.source.location(of: statement.range.start)
        let whole = session.source.text(of: statement.range)
        let text = whole.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let shown = SecretFilter.redacted(text) + (whole.contains("\n") ? " …" : "")
        host.writeError("+ \(session.source.name):\(location.line): \(shown)\n")
    }
}
