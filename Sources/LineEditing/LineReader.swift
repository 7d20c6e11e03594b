/// A source of input lines for an interactive or piped session.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (where the reader shows prompts) and reads one line.
    ///
    /// Text between two U+0001 characters in `prompt` is non-printing, such as
    /// a terminal escape sequence for colour: it is written but not counted
    /// when positioning the cursor.
    func readLine(prompt: String) -> LineReadResult

    /// Offers a line the caller accepted to the history; the history's policy
    /// decides whether it is kept.
    func addHistory(_ line: String)
}
