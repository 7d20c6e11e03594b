/// Reduces inline Markdown to the text a reader sees, for step titles: code spans keep their
/// content, emphasis and strikethrough marks go, links and images become their text, autolinks
/// their address, HTML tags vanish, backslash escapes are resolved and blanks are collapsed.
enum MarkdownInline {
    static func plainText(_ markdown: String) -> String {
        let characters = Array(markdown)
        var pieces: [Piece] = []
        collect(characters, 0..<characters.count, into: &pieces)
        return resolveEmphasis(pieces).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Text, or a run of `*`, `_` or `~` that may open or close emphasis.
    enum Piece {
        case text(String)
        case delimiter(Character, count: Int, canOpen: Bool, canClose: Bool)
    }

    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    private static func collect(_ chars: [Character], _ range: Range<Int>, into pieces: inout [Piece]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let character = chars[index]
            let next = index + 1 < range.upperBound ? chars[index + 1] : nil
            if character == "\\", let next, escapable.contains(next) {
                pieces.append(.text(String(next)))
                index += 2
            } else if character == "`" {
                let run = runLength(chars, from: index, in: range)
                if let close = closingRun(chars, of: run, from: index + run, in: range) {
                    pieces.append(.text(codeSpan(chars[(index + run)..<close])))
                    index = close + run
                } else {
                    pieces.append(.text(String(repeating: "`", count: run)))
                    index += run
                }
            } else if "*_~".contains(character) {
                let run = runLength(chars, from: index, in: range)
                let before = index > range.lowerBound ? chars[index - 1] : nil
                let after = index + run < range.upperBound ? chars[index + run] : nil
                var canOpen = after.map { !$0.isWhitespace } ?? false
                var canClose = before.map { !$0.isWhitespace } ?? false
                if character == "_" {  // `snake_case` is not emphasis
                    canOpen = canOpen && !(before.map(isAlphanumeric) ?? false)
                    canClose = canClose && !(after.map(isAlphanumeric) ?? false)
                }
                pieces.append(.delimiter(character, count: run, canOpen: canOpen, canClose: canClose))
                index += run
            } else if let link = link(chars, at: index, in: range) {
                collect(chars, link.text, into: &pieces)
                index = link.end
            } else if character == "<", let close = chars[index..<range.upperBound].firstIndex(of: ">") {
                let inside = String(chars[(index + 1)..<close])
                let isAutolink = !inside.isEmpty && !inside.contains { $0.isWhitespace || $0 == "<" }
                    && inside.contains { $0 == ":" || $0 == "@" }
                let isTag = inside.drop { $0 == "/" }.first.map(\.isLetter) ?? false
                guard isAutolink || isTag else {
                    pieces.append(.text("<"))
                    index += 1
                    continue
                }
                if isAutolink { pieces.append(.text(inside)) }
                index = close + 1
            } else {
                pieces.append(.text(String(character)))
                index += 1
            }
        }
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func runLength(_ chars: [Character], from index: Int, in range: Range<Int>) -> Int {
        chars[index..<range.upperBound].prefix { $0 == chars[index] }.count
    }

    /// The start of the next run of exactly `length` backticks at or after `start`.
    private static func closingRun(_ chars: [Character], of length: Int, from start: Int, in range: Range<Int>) -> Int? {
        var index = start
        while index < range.upperBound {
            guard chars[index] == "`" else { index += 1; continue }
            let run = runLength(chars, from: index, in: range)
            if run == length { return index }
            index += run
        }
        return nil
    }

    /// A code span's content: one space is stripped from each side when both have one.
    private static func codeSpan(_ content: ArraySlice<Character>) -> String {
        let text = String(content)
        guard text.count >= 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) else {
            return text
        }
        return String(text.dropFirst().dropLast())
    }

    /// `[text](destination)`, `[text][label]` or the same with `!` for an image: the range of
    /// the text and the index just past the whole link.
    private static func link(_ chars: [Character], at index: Int, in range: Range<Int>) -> (text: Range<Int>, end: Int)? {
        let open = chars[index] == "!" ? index + 1 : index
        guard open < range.upperBound, chars[open] == "[",
              let close = matching(chars, from: open, in: range, open: "[", close: "]"),
              close + 1 < range.upperBound else { return nil }
        let next = chars[close + 1]
        guard next == "(" || next == "[",
              let end = matching(chars, from: close + 1, in: range, open: next, close: next == "(" ? ")" : "]")
        else { return nil }
        return ((open + 1)..<close, end + 1)
    }

    /// The index of the bracket that closes the one at `start`, skipping escaped characters.
    private static func matching(_ chars: [Character], from start: Int, in range: Range<Int>,
                                 open: Character, close: Character) -> Int? {
        var depth = 0
        var index = start
        while index < range.upperBound {
            switch chars[index] {
            case "\\": index += 1
            case open: depth += 1
            case close:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }
}
