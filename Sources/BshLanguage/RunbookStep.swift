/// One ```` ```bsh ```` code block of a runbook, to be run as a numbered step.
public struct RunbookStep: Sendable {
    /// The step's 1-based position among the runbook's steps, in document order.
    public let number: Int
    /// The text of the nearest heading before the block, with inline markup reduced to its text
    /// (`` `code` `` and `**bold**` become `code` and `bold`), or `step N` when there is none.
    /// Several blocks under one heading share its title.
    public let title: String
    /// The 1-based line of the heading that gives the title (for a setext heading, its first
    /// text line); nil when the title is `step N`.
    public let headingLine: Int?
    /// The runbook's document, where the step's code is and its errors are located. Parse the step
    /// with `Runbook.parsedSteps()`, which reads only the code.
    public let source: SourceFile
    /// The code lines' span in the document: from the start of the first code line to the end of
    /// the last one, without the fences or the last line's terminator. Empty for an empty block,
    /// at the start of its closing fence (or at the end of the document when there is none).
    public let codeRange: SourceRange
    /// The 1-based line where `codeRange` starts: the line after the opening fence, except for an
    /// empty unclosed block at the very end of the document, where it is the fence's line.
    public let line: Int

    init(number: Int, heading: (title: String, line: Int)?, document: SourceFile, codeRange: SourceRange) {
        self.number = number
        self.title = heading?.title ?? "step \(number)"
        self.headingLine = heading?.line
        self.source = document
        self.codeRange = codeRange
        self.line = document.location(of: codeRange.start).line
    }

    /// The step's code as written in the document.
    public var code: String {
        let bytes = Array(source.text.utf8)[codeRange.start..<codeRange.end]
        return String(decoding: bytes, as: UTF8.self)
    }
}
