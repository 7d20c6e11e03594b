/// How one press of the completion key changes the line being edited.
struct CompletionEdit: Sendable, Equatable {
    /// Characters immediately before the cursor to delete before inserting;
    /// non-zero only when the chosen text does not extend what was typed.
    var deleteCount: Int
    /// Text to insert at the cursor.
    var insertion: String
    /// Whether to print the candidates below the line.
    var listsCandidates: Bool

    /// Leaves the line alone.
    static let nothing = CompletionEdit(deleteCount: 0, insertion: "", listsCandidates: false)

    /// True when the key press changes and shows nothing.
    var isEmpty: Bool { self == .nothing }

    init(deleteCount: Int, insertion: String, listsCandidates: Bool) {
        self.deleteCount = deleteCount
        self.insertion = insertion
        self.listsCandidates = listsCandidates
    }

    /// The edit for `completion` of `line` with the cursor at character offset `cursor`.
    ///
    /// One candidate is completed in full, followed by a space unless it ends
    /// with `/` or a space already follows the cursor. Several candidates are
    /// completed to their longest common prefix; when that adds nothing, they
    /// are listed instead.
    init(line: String, cursor: Int, completion: Completion) {
        let characters = Array(line)
        let end = min(max(cursor, 0), characters.count)
        let start = min(max(completion.replacementStart, 0), end)
        let typed = String(characters[start..<end])
        let candidates = Self.unique(completion.candidates)

        switch candidates.count {
        case 0:
            self = .nothing
        case 1:
            let word = candidates[0]
            let spaceFollows = end < characters.count && characters[end].isWhitespace
            let separator = word.hasSuffix("/") || spaceFollows ? "" : " "
            self = Self.replacing(typed, with: word + separator)
        default:
            let prefix = Self.longestCommonPrefix(candidates)
            if prefix.count > typed.count {
                self = Self.replacing(typed, with: prefix)
            } else {
                self = CompletionEdit(deleteCount: 0, insertion: "", listsCandidates: true)
            }
        }
    }

    private static func replacing(_ typed: String, with text: String) -> CompletionEdit {
        if text.hasPrefix(typed) {
            return CompletionEdit(deleteCount: 0, insertion: String(text.dropFirst(typed.count)), listsCandidates: false)
        }
        return CompletionEdit(deleteCount: typed.count, insertion: text, listsCandidates: false)
    }

    /// The longest run of characters every word starts with.
    static func longestCommonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let shared = zip(prefix, word).prefix { $0 == $1 }.count
            prefix.removeLast(prefix.count - shared)
        }
        return String(prefix)
    }

    /// `words` without repeats, in order of first appearance.
    static func unique(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}
