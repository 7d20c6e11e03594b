/// The words that could replace the word before the cursor.
public struct Completion: Sendable, Equatable {
    /// The character offset in the line where the replaced word starts.
    public var replacementStart: Int
    /// Each candidate is the literal text that would replace the word, already
    /// quoted or escaped as the caller's syntax requires.
    public var candidates: [String]

    /// Creates a completion replacing the text from `replacementStart` to the cursor.
    public init(replacementStart: Int, candidates: [String]) {
        self.replacementStart = replacementStart
        self.candidates = candidates
    }
}

/// Proposes completions for `line` with the cursor at character offset `cursor`.
///
/// It is called synchronously on the reading thread when TAB is pressed and
/// must return quickly; bound any slow work (such as network requests) before
/// calling it or inside it.
public typealias CompletionProvider = @Sendable (_ line: String, _ cursor: Int) -> Completion
