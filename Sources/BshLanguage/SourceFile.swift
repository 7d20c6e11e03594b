/// The text of a script together with the name used to refer to it in diagnostics.
///
/// Tokens and AST nodes carry only byte offsets; line and column are worked out here when a
/// diagnostic needs them.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics, such as a path or `<stdin>`.
    public let name: String
    /// The full source text.
    public let text: String
    /// The UTF-8 offset at which each line starts; line `n` starts at `lineStarts[n - 1]`.
    private let lineStarts: [Int]

    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.lineStarts = Self.lineStarts(of: text)
    }

    /// The number of lines; text ending in a newline has an empty last line after it.
    public var lineCount: Int { lineStarts.count }

    private static func lineStarts(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == ASCII.lineFeed {
                starts.append(offset + 1)
            }
            return starts
        }
    }

    /// The line and column of a UTF-8 offset. Offsets outside the text are clamped to it.
    ///
    /// The column counts characters, so it stays right for lines holding non-ASCII text.
    public func location(of offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), text.utf8.count)
        let line = lineIndex(containing: offset)
        let lineStart = text.utf8.index(text.startIndex, offsetBy: lineStarts[line])
        let position = text.utf8.index(text.startIndex, offsetBy: offset)
        return SourceLocation(line: line + 1, column: text[lineStart..<position].count + 1)
    }

    /// The text of a 1-based line, without its line terminator (`\n` or `\r\n`).
    /// Returns an empty string for a line number outside the file.
    public func lineText(_ line: Int) -> String {
        guard let bytes = lineBytes(line) else { return "" }
        return String(text[bytes])
    }

    /// The UTF-8 offset range of a 1-based line, without its line terminator.
    public func lineRange(_ line: Int) -> SourceRange? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : text.utf8.count
        if end > start, byte(at: end - 1) == ASCII.carriageReturn {
            end -= 1
        }
        return SourceRange(start: start, end: end)
    }

    private func lineBytes(_ line: Int) -> Range<String.Index>? {
        guard let range = lineRange(line) else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: range.start)
        let end = text.utf8.index(start, offsetBy: range.length)
        return start..<end
    }

    private func byte(at offset: Int) -> UInt8 {
        text.utf8[text.utf8.index(text.startIndex, offsetBy: offset)]
    }

    /// The 0-based index of the line holding `offset`, by binary search over the line starts.
    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }
}
