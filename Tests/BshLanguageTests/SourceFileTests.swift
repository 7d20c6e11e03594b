import BshLanguage
import Testing

@Suite("SourceFile")
struct SourceFileTests {
    @Test func locationsAreOneBased() {
        let file = source("agent 8f13\nbrowse /etc\n")
        #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(file.location(of: 6) == SourceLocation(line: 1, column: 7))
        #expect(file.location(of: 10) == SourceLocation(line: 1, column: 11))
        #expect(file.location(of: 11) == SourceLocation(line: 2, column: 1))
        #expect(file.location(of: 18) == SourceLocation(line: 2, column: 8))
    }

    @Test func columnsCountCharactersNotBytes() {
        let text = "echo café \"x\"\nécho 日本 y"
        let file = source(text)
        // "é" is two bytes but one column.
        #expect(file.location(of: range(of: "\"x\"", in: text)!.start) == SourceLocation(line: 1, column: 11))
        #expect(file.location(of: range(of: "y", in: text)!.start) == SourceLocation(line: 2, column: 9))
    }

    @Test func combiningMarksDoNotAddColumns() {
        let text = "e\u{301}e\u{301} x"
        #expect(source(text).location(of: range(of: "x", in: text)!.start).column == 4)
    }

    @Test func crlfLinesCountOnce() {
        let text = "a\r\nbb\r\nccc"
        let file = source(text)
        #expect(file.lineCount == 3)
        #expect(file.location(of: range(of: "bb", in: text)!.start) == SourceLocation(line: 2, column: 1))
        #expect(file.location(of: range(of: "ccc", in: text)!.start) == SourceLocation(line: 3, column: 1))
        #expect(file.lineText(1) == "a")
        #expect(file.lineText(2) == "bb")
    }

    @Test func lineTextWithoutTerminator() {
        let file = source("one\ntwo\n")
        #expect(file.lineText(1) == "one")
        #expect(file.lineText(2) == "two")
        #expect(file.lineText(3) == "")
        #expect(file.lineText(0) == "")
        #expect(file.lineText(9) == "")
        #expect(file.lineRange(2) == SourceRange(start: 4, end: 7))
    }

    @Test func offsetsOutsideTheTextAreClamped() {
        let file = source("ab\ncd")
        #expect(file.location(of: -5) == SourceLocation(line: 1, column: 1))
        #expect(file.location(of: 100) == SourceLocation(line: 2, column: 3))
    }

    @Test func emptyFileHasOneEmptyLine() {
        let file = source("")
        #expect(file.lineCount == 1)
        #expect(file.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(file.lineText(1) == "")
    }
}
