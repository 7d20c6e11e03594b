import BshLanguage

extension Shell {
    /// Prints a failed statement's error (with its location when running a file) and returns the
    /// exit status it calls for.
    func report(_ error: any Error, at statement: Statement, in source: SourceFile, showLocation: Bool) -> Int32 {
        let message: String
        let hint: String?
        let status: ExitStatus
        switch error {
        case let failure as CommandFailure:
            message = "\(failure.command): \(failure.error.message)"
            hint = failure.error.hint
            status = failure.error.kind == .usage ? .usage : .failure
        case let error as ShellError:
            message = error.message
            hint = error.hint
            status = error.kind == .usage ? .usage : .failure
        default:
            message = "\(error)"
            hint = nil
            status = .failure
        }
        if showLocation {
            let diagnostic = Diagnostic(severity: .error, message: message, range: statement.range, hint: hint)
            host.writeError(DiagnosticRenderer.render(diagnostic, in: source, color: host.usesColor) + "\n")
        } else {
            let label = host.usesColor ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
            host.writeError("\(label) \(message)\n" + (hint.map { "  hint: \($0)\n" } ?? ""))
        }
        return status.rawValue
    }
}
