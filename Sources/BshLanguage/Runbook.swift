/// A Markdown document's bsh steps: its ```` ```bsh ```` fenced code blocks, in order, each named
/// by the nearest heading before it. Prose and other code blocks are left alone.
///
/// Fences follow CommonMark (three or more backticks or tildes; the closing fence uses the same
/// character and is at least as long), except that any indentation is accepted, so fences inside
/// list items work. The info string's first word selects the language, case-insensitively.
/// Headings are ATX (`## Title`) or setext (a paragraph underlined with `===` or `---`); those
/// inside code blocks do not count. Not recognized: fences inside block quotes, and HTML blocks
/// (a fence inside `<!-- -->` still counts).
public struct Runbook: Sendable {
    /// The Markdown document.
    public let document: SourceFile
    /// The bsh blocks, numbered from 1 in document order.
    public let steps: [RunbookStep]
    /// Problems found while reading the document, as warnings: an unclosed ```` ```bsh ```` fence
    /// (the block runs to the end of the document, as CommonMark says), or an unclosed fence of
    /// another language that swallows ```` ```bsh ```` blocks after it.
    public let diagnostics: [Diagnostic]

    /// Finds the steps of `document`. A byte order mark and `\r\n` line ends are fine.
    public init(_ document: SourceFile) {
        var scanner = RunbookScanner(document)
        scanner.scan()
        self.document = document
        self.steps = scanner.steps
        self.diagnostics = scanner.diagnostics
    }
}

extension Runbook {
    /// Each step's code parsed on its own, in step order, with the document's lines and columns.
    public func parsedSteps() -> [ParseResult] {
        Parser.parse(document, parts: steps.map(\.codeRange))
    }
}
