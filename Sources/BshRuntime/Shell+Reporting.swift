import BshLanguage
import BshValues

extension Shell {
    /// Prints a failure (with its location when running a file) and returns the exit status it calls for.
    func report(_ failure: Failure, showLocation: Bool) -> Int32 {
        FailureReporter(host: host).report(failure, showLocation: showLocation)
    }

    /// Any error a statement raised, as a failure located in the current file: at the expression it
    /// concerns when known, else at the statement.
    func failure(from error: any Error, at range: SourceRange, command: String? = nil) -> Failure {
        Failure.located(error, at: range, command: command, source: session.source)
    }

    /// A `break` or `continue` outside a loop, or a `return` outside a procedure.
    func misplaced(_ signal: ControlSignal) -> Failure {
        let (message, hint, range): (String, String, SourceRange) = switch signal {
        case .breakLoop(let range): ("'break' outside a loop", "use it inside for or while", range)
        case .continueLoop(let range): ("'continue' outside a loop", "use it inside for or while", range)
        case .returnValue(_, let range): ("'return' outside a procedure", "use it inside def; 'exit' ends the script", range)
        }
        return Failure(message: message, hint: hint, status: .usage, command: nil, range: range, source: session.source)
    }
}
