import BshLanguage
import Foundation
import Testing

@Suite("DiagnosticRenderer")
struct DiagnosticRendererTests {
    @Test func rendersAnUnterminatedStringFromTheParser() throws {
        let file = SourceFile(name: "deploy.bsh", text: "agent 8f13\nwait\nbrowse \"/etc\nwait\n")
        let diagnostic = try #require(Parser.parse(file).diagnostics.first)
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            deploy.bsh:3:8: error: unterminated string
                3 | browse "/etc
                  |        ^~~~~
              hint: close the string with "
            """)
    }

    @Test func gutterWidensForTwoDigitLines() {
        let text = String(repeating: "wait\n", count: 11) + "echo a | b\n"
        let file = SourceFile(name: "long.bsh", text: text)
        let diagnostic = Parser.parse(file).diagnostics[0]
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            long.bsh:12:10: error: unknown filter 'b'
                12 | echo a | b
                   |          ^
              hint: after '|' comes a filter: where, sort, first, last, select, count, each, unique, to
            """)
    }

    @Test func caretsLineUpUnderNonASCIIText() {
        let text = "echo \"Zoë 日本 \\u{zz}\""
        let file = SourceFile(name: "x.bsh", text: text)
        let diagnostic = Parser.parse(file).diagnostics[0]
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            x.bsh:1:14: error: invalid Unicode escape
                1 | echo "Zoë 日本 \\u{zz}"
                  |              ^~~~
              hint: expected hex digits and a closing }, as in \\u{e9}
            """)
    }

    @Test func caretsCoverNonASCIICharactersOneEach() {
        let text = "wait\nbrowse 'Zoë"
        let file = SourceFile(name: "x.bsh", text: text)
        let diagnostic = Parser.parse(file).diagnostics[0]
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            x.bsh:2:8: error: unterminated string
                2 | browse 'Zoë
                  |        ^~~~
              hint: close the string with '
            """)
    }

    @Test func tabsExpandConsistentlyWithTheCarets() {
        let file = SourceFile(name: "t.bsh", text: "\tbrowse\t\"/etc")
        let diagnostic = Parser.parse(file).diagnostics[0]
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            t.bsh:1:9: error: unterminated string
                1 |     browse  "/etc
                  |             ^~~~~
              hint: close the string with "
            """)
    }

    @Test func rangesSpanningLinesAreClippedToTheFirst() {
        let file = SourceFile(name: "m.bsh", text: "ab cd\nef")
        let diagnostic = Diagnostic.warning("spans lines", at: SourceRange(start: 3, end: 8))
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            m.bsh:1:4: warning: spans lines
                1 | ab cd
                  |    ^~
            """)
    }

    @Test func emptyRangeAtTheEndOfALineGetsOneCaret() {
        let file = SourceFile(name: "e.bsh", text: "wait\r\n")
        let diagnostic = Diagnostic(severity: .note, message: "here", range: SourceRange(at: 4))
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            e.bsh:1:5: note: here
                1 | wait
                  |     ^
            """)
    }

    @Test func emptyLineHasNoTrailingSpace() {
        let file = SourceFile(name: "e.bsh", text: "wait\n")
        let diagnostic = Diagnostic.error("expected more", at: SourceRange(at: 5))
        #expect(DiagnosticRenderer.render(diagnostic, in: file) == """
            e.bsh:2:1: error: expected more
                2 |
                  | ^
            """)
    }

    /// A line of ASCII is prepared byte by byte; the carets and the shown line must be those the
    /// character by character preparation gives, which a line ending in a non-ASCII letter takes.
    @Test(arguments: ["a\tb\u{1}c\td", "\t\tx", "plain words here", "x\u{7F}\u{1B}[31m\t\ty"])
    func asciiLinesAreShownAsCharactersWouldBe(line: String) {
        let ascii = SourceFile(name: "a.bsh", text: line)
        let other = SourceFile(name: "a.bsh", text: line + "é")
        for start in 0..<line.utf8.count {
            for end in start...line.utf8.count {
                let diagnostic = Diagnostic.error("x", at: SourceRange(start: start, end: end))
                let fast = DiagnosticRenderer.render(diagnostic, in: ascii)
                let slow = DiagnosticRenderer.render(diagnostic, in: other).replacingOccurrences(of: "é\n", with: "\n")
                #expect(fast == slow, "\(start)..<\(end) of \(line.debugDescription)")
            }
        }
    }

    /// Rendered together, diagnostics on one line share its preparation; each must read exactly as
    /// it does rendered alone, on short and long lines, in order or not.
    @Test func diagnosticsRenderedTogetherReadAsRenderedAlone() {
        let long = String(repeating: "wörd\t", count: 60)
        let file = SourceFile(name: "m.bsh", text: "echo \u{1}x\n\(long)end\nlast é line")
        let size = file.text.utf8.count
        let diagnostics = [0, 6, 9, 40, 200, 370, 3, size - 4, 12, size].map {
            Diagnostic.error("at \($0)", at: SourceRange(start: $0, end: min($0 + 7, size)))
        }
        let together = DiagnosticRenderer.render(diagnostics, in: file)
        #expect(together == diagnostics.map { DiagnosticRenderer.render($0, in: file) })
        #expect(together.count == diagnostics.count)
    }

    @Test func controlCharactersAreShownVisibly() {
        let file = SourceFile(name: "c.bsh", text: "a\u{7}b")
        let diagnostic = Parser.parse(file).diagnostics[0]
        let lines = DiagnosticRenderer.render(diagnostic, in: file).split(separator: "\n")
        #expect(lines[1] == "    1 | a\u{2407}b")
        #expect(lines[2] == "      |  ^")
    }

    @Test func colorMakesTheLocationBoldAndTheSeverityColored() {
        let file = SourceFile(name: "c.bsh", text: "echo |")
        let error = Diagnostic.error("bad", at: SourceRange(start: 5, end: 6), hint: "fix it")
        let rendered = DiagnosticRenderer.render(error, in: file, color: true)
        #expect(rendered.hasPrefix("\u{1B}[1mc.bsh:1:6:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m bad\n"))
        #expect(rendered.contains("|      \u{1B}[1;31m^\u{1B}[0m"))

        let warning = Diagnostic.warning("odd", at: SourceRange(start: 0, end: 4))
        #expect(DiagnosticRenderer.render(warning, in: file, color: true).contains("\u{1B}[1;33mwarning:\u{1B}[0m odd"))
        #expect(!DiagnosticRenderer.render(warning, in: file).contains("\u{1B}"))
    }
}

@Suite("Long lines in diagnostics")
struct LongLineRenderingTests {
    @Test func aLongLineIsShownAroundTheProblem() throws {
        let text = "echo " + String(repeating: "x", count: 5_000) + " \"abc"
        let file = SourceFile(name: "t.bsh", text: text)
        let diagnostic = try #require(Parser.parse(file).diagnostics.first)
        let lines = DiagnosticRenderer.render(diagnostic, in: file).split(separator: "\n")
        #expect(lines[1].count < 120)
        #expect(lines[1].hasSuffix("x \"abc"))
        #expect(lines[1].contains("…"))
        // The caret still points at the opening quote.
        let quote = try #require(lines[1].lastIndex(of: "\""))
        let caret = try #require(lines[2].firstIndex(of: "^"))
        #expect(lines[1].distance(from: lines[1].startIndex, to: quote) == lines[2].distance(from: lines[2].startIndex, to: caret))
    }
}
