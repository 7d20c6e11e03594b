import BshLanguage
import BshValues

/// What a script works on, as a value: its variables and procedures, the file running, and how
/// failures are handled. The interpreter evaluates the syntax tree over it; pure statements take it
/// `inout` and run without suspending.
///
/// A parallel loop's iteration starts from a copy (`forIteration()`): it sees the variables and
/// procedures defined before the loop, and what it changes stays its own.
struct Session: Sendable {
    var variables = Variables()
    /// Procedures defined with `def`, with the file each was defined in and its compiled body.
    var procedures: [String: DefinedProcedure] = [:]
    /// The file whose statements are running, for error locations.
    var source = SourceFile(name: "", text: "")
    /// The item of the innermost `where`, `sort` or `each`, whose fields bare names designate.
    var item: Value?
    /// The script's arguments: `$1`…, `$args`.
    var arguments: [String]
    /// Whether a failed statement stops the script (`on error stop`) or the script carries on.
    var continueOnError: Bool
    /// Print each statement before it runs (`-x`, `set trace on`).
    var tracing: Bool
    /// `--progress` or `set progress on`: `wait` on a job writes its progress as JSON lines on standard error.
    var progress = false
    /// Nesting depth of `try` blocks: inside one, a failure goes to its `catch` whatever `on error` says.
    var tryDepth = 0
    /// The status of the last failure the script carried on after.
    var carriedFailure: Int32?
    /// How many procedure calls and sourced files are in progress, one inside the other.
    var callDepth = 0
    /// The last result, `$_`.
    var lastResult = LastResult.none

    /// Past this many nested procedure calls or sourced files, a call fails: a procedure that calls
    /// itself without end stops with an error instead of growing without bound.
    static let maximumCallDepth = 1000

    init(arguments: [String], continueOnError: Bool, tracing: Bool) {
        self.arguments = arguments
        self.continueOnError = continueOnError
        self.tracing = tracing
    }

    /// The session an iteration of a parallel loop starts from: no item, no failure carried, outside any `try`.
    func forIteration() -> Session {
        var copy = self
        copy.item = nil
        copy.carriedFailure = nil
        copy.tryDepth = 0
        return copy
    }

    /// Whether a failed statement is reported and the next one runs, rather than the block stopping.
    var carriesOnAfterFailure: Bool {
        continueOnError && tryDepth == 0
    }
}

/// A procedure defined with `def`: its syntax, the file it came from, and its body ready to run.
struct DefinedProcedure: Sendable {
    let procedure: Procedure
    let source: SourceFile
    let body: [Step]
}
