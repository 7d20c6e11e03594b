import BshLanguage

/// A statement compiled to run synchronously over a session. Failures of the statements inside it
/// that the script carries on after are reported through `reporter`.
typealias PureStatement = @Sendable (inout Session, FailureReporter) throws -> Void

/// A statement ready to run: compiled when it calls no command, else left to the asynchronous evaluator.
enum Step: Sendable {
    case pure(Statement, PureStatement)
    case effect(Statement)

    var statement: Statement {
        switch self {
        case .pure(let statement, _), .effect(let statement): statement
        }
    }
}

/// Writes failures the script carries on after.
struct FailureReporter: Sendable {
    let host: any ShellHost

    /// Prints a failure (with its location when running a file) and returns the exit status it calls for.
    func report(_ failure: Failure, showLocation: Bool) -> Int32 {
        let message = failure.command.map { "\($0): \(failure.message)" } ?? failure.message
        if showLocation {
            let diagnostic = Diagnostic(severity: .error, message: message, range: failure.range, hint: failure.hint)
            // The quoted line may hold a secret (a vault password): it is shown masked, columns kept.
            host.writeError(DiagnosticRenderer.render(diagnostic, in: SecretFilter.masked(failure.source), color: host.usesColor) + "\n")
        } else {
            let label = host.usesColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
            host.writeError("\(label) \(message)\n" + (failure.hint.map { "  hint: \($0)\n" } ?? ""))
        }
        return failure.status.rawValue
    }
}
