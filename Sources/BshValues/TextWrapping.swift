/// Text wrapped at word boundaries to a width, as `help` prints it on a terminal.
public enum TextWrapping {
    /// The words of `text` (split at spaces) in lines of at most `width` characters; a word longer
    /// than `width` stands alone on its line. An empty text gives one empty line.
    public static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines
    }

    /// `text` wrapped to `width`: its first line starts with `first`, the others with `indent`
    /// spaces; each line ends with "\n".
    public static func hanging(_ text: String, first: String = "", indent: Int, width: Int) -> String {
        let firstWidth = max(1, width - first.count), restWidth = max(1, width - indent)
        var lines = self.lines(text, width: firstWidth)
        // Lines after the first may be wider than the first when the prefix is longer than the indent.
        if lines.count > 1, restWidth != firstWidth {
            let rest = lines.dropFirst().joined(separator: " ")
            lines = [lines[0]] + self.lines(rest, width: restWidth)
        }
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { ($0.offset == 0 ? first : padding) + $0.element + "\n" }.joined()
    }
}
