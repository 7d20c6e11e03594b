/// Formats diagnostics the way compilers do: a `file:line:column:` header, the source line, and
/// carets under the span.
///
///     deploy.bsh:3:8: error: unterminated string
///         3 | browse "/etc
///           |        ^~~~~
///       hint: close the string with "
public enum DiagnosticRenderer {
    /// Tabs in the quoted line are expanded to stops this far apart.
    static let tabWidth = 4

    /// Renders one diagnostic as several lines joined by `\n`, with no trailing newline.
    ///
    /// The location is the start of the range; the carets cover the part of the range on that
    /// line. With `color`, ANSI escapes make the location bold and the severity bold red
    /// (error), bold yellow (warning) or bold (note).
    public static func render(_ diagnostic: Diagnostic, in file: SourceFile, color: Bool = false) -> String {
        var prepared: (line: Int, quoted: QuotedLine)?
        return render(diagnostic, in: file, color: color, prepared: &prepared)
    }

    /// Renders each diagnostic as `render(_:in:color:)` does. Diagnostics on one line in a row share
    /// its preparation: a long line holding many problems is prepared once, not once per problem.
    public static func render(_ diagnostics: [Diagnostic], in file: SourceFile, color: Bool = false) -> [String] {
        var prepared: (line: Int, quoted: QuotedLine)?
        return diagnostics.map { render($0, in: file, color: color, prepared: &prepared) }
    }

    private static func render(
        _ diagnostic: Diagnostic, in file: SourceFile, color: Bool, prepared: inout (line: Int, quoted: QuotedLine)?
    ) -> String {
        let style = Style(enabled: color, severity: diagnostic.severity)
        let location = file.location(of: diagnostic.range.start)
        var lines = [
            style.bold("\(file.name):\(location):") + " "
                + style.severity("\(diagnostic.severity):") + " " + diagnostic.message
        ]

        let gutter = "    \(location.line)"
        let padding = String(repeating: " ", count: gutter.count)
        let lineRange = file.lineRange(location.line) ?? SourceRange(at: diagnostic.range.start)
        if prepared?.line != location.line {
            prepared = (location.line, QuotedLine(text: file.lineText(location.line), startOffset: lineRange.start))
        }
        let quoted = prepared!.quoted
        let start = max(diagnostic.range.start, lineRange.start)
        let end = min(max(diagnostic.range.end, start), lineRange.end)
        let shown = Window(quoted, from: quoted.column(before: start), to: quoted.column(after: end))
        lines.append(shown.text.isEmpty ? "\(gutter) |" : "\(gutter) | \(shown.text)")
        let carets = "^" + String(repeating: "~", count: shown.width - 1)
        lines.append("\(padding) | " + String(repeating: " ", count: shown.column) + style.severity(carets))

        if let hint = diagnostic.hint {
            lines.append("  hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }
}

/// A source line prepared for display: tabs expanded, control characters made visible, and a
/// map from byte offsets to display columns so carets line up.
private struct QuotedLine {
    private(set) var display = ""
    /// The display's characters, kept only when it is longer than a window shows.
    private(set) var displayCharacters: [Character] = []
    /// For each character: its start and end byte offsets and display columns.
    private var cells: [(startOffset: Int, endOffset: Int, startColumn: Int, endColumn: Int)] = []

    init(text: String, startOffset: Int) {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            self.init(ascii: text, startOffset: startOffset)
        } else {
            self.init(characters: text, startOffset: startOffset)
        }
        if (cells.last?.endColumn ?? 0) > Window.maximumWidth { displayCharacters = Array(display) }
    }

    private init(characters text: String, startOffset: Int) {
        var offset = startOffset
        for character in text {
            let column = cells.last?.endColumn ?? 0
            let shown = Self.shown(character, atColumn: column)
            display += shown
            let byteCount = character.utf8.count
            cells.append((offset, offset + byteCount, column, column + shown.count))
            offset += byteCount
        }
    }

    /// The same for a line of ASCII, a character per byte, without breaking it into characters:
    /// most lines are ASCII, and a line of a megabyte is prepared for each problem on it.
    private init(ascii text: String, startOffset: Int) {
        var shown: [UInt8] = []
        shown.reserveCapacity(text.utf8.count)
        cells.reserveCapacity(text.utf8.count)
        var offset = startOffset
        for byte in text.utf8 {
            let column = cells.last?.endColumn ?? 0
            let width: Int
            switch byte {
            case UInt8(ascii: "\t"):
                width = DiagnosticRenderer.tabWidth - column % DiagnosticRenderer.tabWidth
                shown.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
            case 0..<0x20, 0x7F:
                width = 1
                shown.append(contentsOf: Self.shown(Character(Unicode.Scalar(byte)), atColumn: column).utf8)
            default:
                width = 1
                shown.append(byte)
            }
            cells.append((offset, offset + 1, column, column + width))
            offset += 1
        }
        display = String(decoding: shown, as: UTF8.self)
    }

    /// The display column where the character holding `offset` starts.
    func column(before offset: Int) -> Int {
        cells.first { $0.endOffset > offset }?.startColumn ?? (cells.last?.endColumn ?? 0)
    }

    /// The display column just past the last character starting before `offset`.
    func column(after offset: Int) -> Int {
        cells.last { $0.startOffset < offset }?.endColumn ?? 0
    }

    private static func shown(_ character: Character, atColumn column: Int) -> String {
        if character == "\t" {
            return String(repeating: " ", count: DiagnosticRenderer.tabWidth - column % DiagnosticRenderer.tabWidth)
        }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
            // Control characters would move the cursor or ring the bell; show their Unicode pictures.
            if scalar.value < 0x20 { return String(Unicode.Scalar(0x2400 + scalar.value)!) }
            if scalar.value == 0x7F { return "\u{2421}" }
        }
        return String(character)
    }
}

/// ANSI styling that is a no-op when color is off.
private struct Style {
    let enabled: Bool
    let severity: Diagnostic.Severity

    func bold(_ text: String) -> String {
        wrap(text, code: "1")
    }

    func severity(_ text: String) -> String {
        switch severity {
        case .error: wrap(text, code: "1;31")
        case .warning: wrap(text, code: "1;33")
        case .note: wrap(text, code: "1")
        }
    }

    private func wrap(_ text: String, code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// The part of a long line worth showing: about `maximumWidth` columns around the problem, cut ends
/// marked with `…`, so that an error on a line of a megabyte prints a line, not a megabyte.
private struct Window {
    static let maximumWidth = 100
    static let before = 30

    let text: String
    /// Where the carets start, and how many there are.
    let column: Int
    let width: Int

    init(_ line: QuotedLine, from first: Int, to last: Int) {
        let span = max(1, last - first)
        let characters = line.displayCharacters
        guard characters.count > Self.maximumWidth else {
            text = line.display
            column = first
            width = span
            return
        }
        let start = max(0, min(first - Self.before, characters.count - Self.maximumWidth))
        let end = min(characters.count, start + Self.maximumWidth)
        let cutStart = start > 0
        text = (cutStart ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
        column = first - start + (cutStart ? 1 : 0)
        width = max(1, min(span, end - first))
    }
}
