import BshLanguage
import BshValues
import CloudBackupClient

/// Rules of evaluation shared by the compiled statements and the asynchronous evaluator, so both
/// behave and fail alike.
enum Interpreter {
    /// The largest number of times a `while` runs without an explicit `max`.
    static let defaultWhileLimit = 1_000_000

    /// A count given as an expression (`parallel 16`, `max 100`, `first 5`): a positive integer.
    static func count(_ value: Value, what: String, allowingZero: Bool = false, at range: SourceRange) throws -> Int {
        guard case .int(let count) = value, count > 0 || allowingZero && count == 0 else {
            let wanted = allowingZero ? "a whole number, 0 or more" : "a positive whole number"
            throw EvaluationError("'\(what)' needs \(wanted)", at: range, kind: .usage)
        }
        return count
    }

    /// A `while` that reached its bound with its condition still true.
    static func loopRanOut(_ bound: Int, explicit: Bool, at range: SourceRange) -> EvaluationError {
        EvaluationError(
            "the loop ran \(bound) times and its condition still holds",
            hint: explicit ? "raise 'max', or check the condition" : "raise the bound with 'while … max N { … }'",
            at: range)
    }
}

extension Failure {
    /// Any error a statement raised, as a failure located in `source`: at the expression it concerns
    /// when known, else at `range`.
    static func located(_ error: any Error, at range: SourceRange, command: String?, source: SourceFile) -> Failure {
        switch error {
        case let failure as Failure:
            return failure
        case let error as ShellError:
            return Failure(message: error.message, hint: error.hint, status: error.kind == .usage ? .usage : .failure,
                           command: command, range: range, source: source)
        case let error as APIError:
            return located(ErrorAdvice.shellError(for: error), at: range, command: command, source: source)
        case let error as EvaluationError:
            return Failure(message: error.message, hint: error.hint, status: error.kind == .usage ? .usage : .failure,
                           command: command, range: error.range ?? range, source: source)
        case let error as ValueError:
            return Failure(message: error.message, hint: error.hint, status: .failure, command: command, range: range, source: source)
        default:
            return Failure(message: "\(error)", hint: nil, status: .failure, command: command, range: range, source: source)
        }
    }

    /// An `expect` whose condition is false, with its message when it has one.
    static func expectation(_ message: String?, condition: SourceRange, statement: SourceRange, source: SourceFile) -> Failure {
        Failure(
            message: message.map { "expectation failed: \($0)" } ?? "expectation failed",
            hint: "this is false: \(source.text(of: condition))", status: .failure, command: nil, range: statement, source: source)
    }
}

extension SourceFile {
    /// The text of a span of the file; empty when the span is not in it.
    func text(of range: SourceRange) -> String {
        let bytes = text.utf8
        guard range.start >= 0, range.start <= range.end, range.end <= bytes.count else { return "" }
        let start = bytes.index(bytes.startIndex, offsetBy: range.start), end = bytes.index(start, offsetBy: range.end - range.start)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
