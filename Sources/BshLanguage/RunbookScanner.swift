/// Walks a Markdown document's lines, keeping track of the current heading, and turns each
/// bsh code block into a step.
struct RunbookScanner {
    let document: SourceFile
    private let lines: [MarkdownLine]
    private(set) var steps: [RunbookStep] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// The raw text of the heading that names the next steps, and its line.
    private var heading: (title: String, line: Int)?
    /// The paragraph being read, which a setext underline can turn into a heading.
    private var paragraph: (lines: [String], firstLine: Int, canBeHeading: Bool)?

    init(_ document: SourceFile) {
        self.document = document
        self.lines = MarkdownLine.lines(of: document)
    }

    mutating func scan() {
        var index = 0
        while index < lines.count {
            if let fence = MarkdownFence(opening: lines[index]) {
                paragraph = nil
                index = readBlock(fence, openingAt: index)
            } else {
                readProse(lines[index])
                index += 1
            }
        }
    }

    /// Reads a fenced block and returns the index of the line after it.
    private mutating func readBlock(_ fence: MarkdownFence, openingAt index: Int) -> Int {
        var closing = index + 1
        while closing < lines.count, !fence.isClosed(by: lines[closing]) {
            closing += 1
        }
        let code = lines[(index + 1)..<closing]
        let isClosed = closing < lines.count
        if fence.isBsh {
            addStep(code: code, closingAt: closing)
            if !isClosed {
                diagnostics.append(.warning(
                    "unclosed \(fence.opening) code block", at: fence.range,
                    hint: "end the block with a line of \(fence.marker); until then it runs to the end of the document"))
            }
        } else if let hidden = hiddenBshFence(in: code, of: fence, isClosed: isClosed) {
            diagnostics.append(.warning(
                "\(hidden.opening) fence inside the \(fence.opening) code block of line \(fence.line) is not a step",
                at: hidden.range,
                hint: "close the \(fence.opening) block with a line of \(fence.marker) before it; to show bsh code "
                    + "as an example, fence the outer block with more \(fence.character) or with another character"))
        }
        return closing + 1
    }

    /// A ```` ```bsh ```` fence in a non-bsh block that is probably a mistake: the outer block is
    /// unclosed, or the inner fence's closing line would close the outer block (so the author
    /// cannot have meant to nest it).
    private func hiddenBshFence(in code: ArraySlice<MarkdownLine>, of fence: MarkdownFence,
                                isClosed: Bool) -> MarkdownFence? {
        code.lazy.compactMap(MarkdownFence.init(opening:)).first { inner in
            inner.isBsh && (!isClosed || (inner.character == fence.character && inner.length >= fence.length))
        }
    }

    private mutating func addStep(code: ArraySlice<MarkdownLine>, closingAt closing: Int) {
        let codeRange: SourceRange
        if let first = code.first, let last = code.last {
            codeRange = SourceRange(start: first.start, end: last.contentEnd)
        } else {
            codeRange = SourceRange(at: closing < lines.count ? lines[closing].start : document.text.utf8.count)
        }
        let title = heading.map { (MarkdownInline.plainText($0.title), $0.line) }
        steps.append(RunbookStep(
            number: steps.count + 1, heading: title.flatMap { $0.0.isEmpty ? nil : $0 },
            document: document, codeRange: codeRange))
    }

    /// Follows headings and paragraphs outside code blocks.
    private mutating func readProse(_ line: MarkdownLine) {
        if line.isBlank {
            paragraph = nil
        } else if let text = MarkdownBlockSyntax.atxHeading(line) {
            heading = (text, line.number)
            paragraph = nil
        } else if let current = paragraph, current.canBeHeading, MarkdownBlockSyntax.isSetextUnderline(line) {
            heading = (current.lines.joined(separator: " "), current.firstLine)
            paragraph = nil
        } else if MarkdownBlockSyntax.isThematicBreak(line) {
            paragraph = nil
        } else if MarkdownBlockSyntax.startsContainer(line) {
            // A list item or quote: its text is not a heading, even when underlined.
            paragraph = ([], line.number, false)
        } else if paragraph != nil {
            paragraph?.lines.append(String(line.unindented.trimmingMarkdownBlanks()))
        } else if line.hasBlockIndentation {
            paragraph = ([String(line.unindented.trimmingMarkdownBlanks())], line.number, true)
        }
        // Otherwise the line is an indented code block, which holds no headings.
    }
}
