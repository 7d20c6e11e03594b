import BshLanguage
import BshValues

/// A statement that failed, with where it failed and the exit status it calls for. It is reported once,
/// by the block that decides to stop or carry on.
struct Failure: Error {
    let message: String
    let hint: String?
    let status: ExitStatus
    /// The command that failed, when a command did.
    let command: String?
    let range: SourceRange
    let source: SourceFile
}

/// An error found while evaluating an expression, at the part of the expression it concerns.
struct EvaluationError: Error {
    let message: String
    let hint: String?
    let range: SourceRange?
    let kind: ShellError.Kind

    init(_ message: String, hint: String? = nil, at range: SourceRange?, kind: ShellError.Kind = .failure) {
        self.message = message
        self.hint = hint
        self.range = range
        self.kind = kind
    }
}

/// `break`, `continue` and `return` unwind the statements between them and their loop or procedure.
enum ControlSignal: Error {
    case breakLoop(SourceRange)
    case continueLoop(SourceRange)
    case returnValue(Value?, SourceRange)

    /// Where the statement that raised it is.
    var range: SourceRange {
        switch self {
        case .breakLoop(let range), .continueLoop(let range), .returnValue(_, let range): range
        }
    }

    /// The keyword, for a signal that would leave the body of a parallel loop for its caller; nil for
    /// `continue`, which only ends its own iteration.
    var leavesParallelBody: String? {
        switch self {
        case .breakLoop: "break"
        case .continueLoop: nil
        case .returnValue: "return"
        }
    }
}

/// True for what unwinds evaluation without being a failure of the statement it passes through:
/// `break`, `continue`, `return`, `exit` and cancellation. Every place that turns errors into located
/// failures must let these pass unchanged.
func unwindsUnchanged(_ error: any Error) -> Bool {
    error is ControlSignal || error is ExitRequest || error is CancellationError
}
