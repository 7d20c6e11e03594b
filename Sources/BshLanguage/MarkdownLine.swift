/// One line of a Markdown document: its text and where it sits, as UTF-8 offsets.
struct MarkdownLine: Sendable {
    /// The 1-based line number.
    let number: Int
    /// The offset of the line's first byte.
    let start: Int
    /// The offset where `text` starts: `start`, or just past a byte order mark on line 1.
    let contentStart: Int
    /// The offset just past the line's content, before its `\n` or `\r\n`.
    let contentEnd: Int
    /// The line's content, without the line terminator or a byte order mark.
    let text: String

    /// Splits a document into lines, the way `SourceFile` numbers them: text ending in a newline
    /// has an empty last line after it.
    static func lines(of document: SourceFile) -> [MarkdownLine] {
        let bytes = Array(document.text.utf8)
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var lines: [MarkdownLine] = []
        var start = 0
        var contentStart = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        while true {
            var end = start
            while end < bytes.count, bytes[end] != ASCII.lineFeed { end += 1 }
            let terminated = end < bytes.count
            var contentEnd = end
            // The `\r` of `\r\n`, or a `\r` ending the document, is not content.
            if contentEnd > contentStart, bytes[contentEnd - 1] == ASCII.carriageReturn {
                contentEnd -= 1
            }
            let text = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self)
            lines.append(MarkdownLine(
                number: lines.count + 1, start: start, contentStart: contentStart, contentEnd: contentEnd, text: text))
            guard terminated else { return lines }
            start = end + 1
            contentStart = start
        }
    }

    /// True when the line holds nothing but spaces and tabs.
    var isBlank: Bool {
        text.allSatisfy(\.isMarkdownBlank)
    }

    /// The leading spaces and tabs: how many there are (each is one byte), and the column they
    /// reach, with tabs stopping every 4 columns as in CommonMark.
    var indentation: (count: Int, columns: Int) {
        var count = 0
        var columns = 0
        for character in text {
            if character == " " {
                columns += 1
            } else if character == "\t" {
                columns += 4 - columns % 4
            } else {
                break
            }
            count += 1
        }
        return (count, columns)
    }

    /// The text after the indentation.
    var unindented: Substring {
        text.drop(while: \.isMarkdownBlank)
    }

    /// True when the line is indented by at most 3 columns, as headings and breaks must be.
    var hasBlockIndentation: Bool {
        indentation.columns <= 3
    }
}

extension Character {
    /// Space or tab, the only whitespace that Markdown block structure cares about.
    var isMarkdownBlank: Bool {
        self == " " || self == "\t"
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    func trimmingMarkdownBlanks() -> Substring {
        let start = drop(while: \.isMarkdownBlank)
        var end = start.endIndex
        while end > start.startIndex, start[start.index(before: end)].isMarkdownBlank {
            end = start.index(before: end)
        }
        return start[start.startIndex..<end]
    }
}
