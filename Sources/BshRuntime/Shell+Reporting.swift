import BshLanguage
import BshValues
import CloudBackupClient

extension Shell {
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

    /// Any error a statement raised, as a failure located in the current file: at the expression it
    /// concerns when known, else at the statement.
    func failure(from error: any Error, at range: SourceRange, command: String? = nil) -> Failure {
        switch error {
        case let failure as Failure:
            return failure
        case let error as ShellError:
            return Failure(message: error.message, hint: error.hint, status: error.kind == .usage ? .usage : .failure,
                           command: command, range: range, source: currentSource)
        case let error as APIError:
            return failure(from: ErrorAdvice.shellError(for: error), at: range, command: command)
        case let error as EvaluationError:
            return Failure(message: error.message, hint: error.hint, status: error.kind == .usage ? .usage : .failure,
                           command: command, range: error.range ?? range, source: currentSource)
        case let error as ValueError:
            return Failure(message: error.message, hint: error.hint, status: .failure, command: command, range: range,
                           source: currentSource)
        default:
            return Failure(message: "\(error)", hint: nil, status: .failure, command: command, range: range, source: currentSource)
        }
    }

    /// A `break` or `continue` outside a loop, or a `return` outside a procedure.
    func misplaced(_ signal: ControlSignal) -> Failure {
        let (message, hint, range): (String, String, SourceRange) = switch signal {
        case .breakLoop(let range): ("'break' outside a loop", "use it inside for or while", range)
        case .continueLoop(let range): ("'continue' outside a loop", "use it inside for or while", range)
        case .returnValue(_, let range): ("'return' outside a procedure", "use it inside def; 'exit' ends the script", range)
        }
        return Failure(message: message, hint: hint, status: .usage, command: nil, range: range, source: currentSource)
    }
}
