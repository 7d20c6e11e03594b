/// The opening line of a fenced code block: three or more backticks or tildes, then an info
/// string whose first word names the language.
struct MarkdownFence: Sendable {
    /// The fence character, `` ` `` or `~`.
    let character: Character
    /// How many fence characters open the block; the closing fence needs at least as many.
    let length: Int
    /// The info string after the fence, trimmed.
    let info: String
    /// The fence and its info string in the document, without indentation or trailing blanks.
    let range: SourceRange
    /// The 1-based line of the fence.
    let line: Int

    /// Reads an opening fence. Any indentation is accepted, so fences nested in list items work.
    init?(opening line: MarkdownLine) {
        let rest = line.unindented.trimmingMarkdownBlanks()
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let length = rest.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingMarkdownBlanks()
        // A backtick fence's info string cannot hold backticks: "```a`b" is inline code.
        if character == "`", info.contains("`") { return nil }
        self.character = character
        self.length = length
        self.info = String(info)
        let start = line.contentStart + line.indentation.count
        self.range = SourceRange(start: start, end: start + rest.utf8.count)
        self.line = line.number
    }

    /// The first word of the info string, lower-cased; empty when there is no info string.
    var language: String {
        String(info.prefix { !$0.isMarkdownBlank }).lowercased()
    }

    /// True for a ```` ```bsh ```` block (any case), whose code is a runbook step.
    var isBsh: Bool {
        language == "bsh"
    }

    /// The fence as written, without the info string: "```" or "~~~~".
    var marker: String {
        String(repeating: character, count: length)
    }

    /// The fence with its language, for messages: "```bsh", or "```" when there is none.
    var opening: String {
        marker + language
    }

    /// True when `line` closes this block: at least `length` of the same fence character and
    /// nothing else but blanks. Any indentation is accepted, like for the opening fence.
    func isClosed(by line: MarkdownLine) -> Bool {
        let rest = line.unindented.trimmingMarkdownBlanks()
        return rest.count >= length && rest.allSatisfy { $0 == character }
    }
}
