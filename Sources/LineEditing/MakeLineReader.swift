#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader suited to the process's standard input: an `EditLineReader`
/// when standard input and output are terminals and `TERM` is not `dumb`,
/// otherwise a `PlainLineReader` (which shows prompts only on a terminal).
public func makeLineReader(
    programName: String = "bsh",
    history: HistoryStore? = nil,
    completion: CompletionProvider? = nil,
    editrcPath: String? = nil
) -> any LineReader {
    let terminal = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
    if terminal && !dumb,
       let reader = EditLineReader(
           programName: programName, history: history, completion: completion, editrcPath: editrcPath)
    {
        return reader
    }
    return PlainLineReader(history: history)
}
