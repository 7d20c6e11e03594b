/// Recognizes the Markdown block lines that matter for finding headings: ATX headings, setext
/// underlines, thematic breaks and the start of list items and block quotes.
enum MarkdownBlockSyntax {
    /// The raw text of an ATX heading (`#` to `######` then a blank or the end of the line),
    /// trimmed and without its closing `#`s; nil when the line is not one.
    static func atxHeading(_ line: MarkdownLine) -> String? {
        guard line.hasBlockIndentation else { return nil }
        let text = line.unindented
        let level = text.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let rest = text.dropFirst(level)
        if let first = rest.first, !first.isMarkdownBlank { return nil }
        var content = rest.trimmingMarkdownBlanks()
        // A closing sequence of `#`s counts only after a blank, or when it is all there is.
        let closing = content.reversed().prefix { $0 == "#" }.count
        if closing > 0 {
            let before = content.dropLast(closing)
            if before.isEmpty {
                content = before
            } else if let last = before.last, last.isMarkdownBlank {
                content = before.trimmingMarkdownBlanks()
            }
        }
        return String(content)
    }

    /// True for a line of only `=` or only `-` (with blanks around), which turns the paragraph
    /// just before it into a heading.
    static func isSetextUnderline(_ line: MarkdownLine) -> Bool {
        guard line.hasBlockIndentation else { return false }
        let text = line.unindented.trimmingMarkdownBlanks()
        guard let first = text.first, first == "=" || first == "-" else { return false }
        return text.allSatisfy { $0 == first }
    }

    /// True for a thematic break: three or more `*`, `-` or `_`, possibly spaced out.
    static func isThematicBreak(_ line: MarkdownLine) -> Bool {
        guard line.hasBlockIndentation else { return false }
        let marks = line.text.filter { !$0.isMarkdownBlank }
        guard let first = marks.first, "*-_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// True when the line starts a list item (`-`, `*`, `+`, `1.`, `1)`) or a block quote (`>`).
    /// A paragraph that starts so cannot become a setext heading.
    static func startsContainer(_ line: MarkdownLine) -> Bool {
        let text = line.unindented
        guard let first = text.first else { return false }
        if first == ">" { return true }
        let marker: Substring
        if "-*+".contains(first) {
            marker = text.prefix(1)
        } else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let delimiter = text.dropFirst(digits.count).first
            guard (1...9).contains(digits.count), let delimiter, delimiter == "." || delimiter == ")" else {
                return false
            }
            marker = text.prefix(digits.count + 1)
        }
        let after = text.dropFirst(marker.count).first
        return after.map(\.isMarkdownBlank) ?? true
    }
}
