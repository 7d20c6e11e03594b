import BshLanguage
import Testing

@Suite("Parser recovery")
struct ParserRecoveryTests {
    @Test func reportsEveryErrorInTheFile() {
        let text = """
            agent 8f13
            browse /etc | sort
            echo "tab\u{1}here"
            logs (request)
            wait; echo 'open
            echo "x\\u{zz}"
            wait
            """
        let result = parse(text)
        #expect(result.hasErrors)
        #expect(located(result.diagnostics, in: text) == [
            "2:13 '|' is reserved for pipelines, which are not supported yet",
            "3:10 control character U+0001 in string",
            "4:6 '(' is reserved for parameter lists and expressions, which are not supported yet",
            "5:12 unterminated string",
            "6:8 invalid Unicode escape",
        ])
        // Statements without syntax errors are still parsed.
        #expect(commandWords(text) == [
            ["agent", "8f13"], ["echo", "tab\u{1}here"], ["wait"], ["echo", "open"], ["echo", "xzz}"], ["wait"],
        ])
    }

    @Test func recoveryResumesAfterASemicolon() {
        let text = "echo a | b; wait"
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == [
            "1:8 '|' is reserved for pipelines, which are not supported yet",
        ])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func reservedPunctuationHasAHelpfulHint() throws {
        let diagnostic = try #require(parse("echo {").diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "'{' is reserved for blocks, which are not supported yet")
        #expect(diagnostic.hint == #"to pass { as text, quote it ('{') or escape it (\{)"#)
        #expect(diagnostic.range == SourceRange(start: 5, end: 6))
    }

    @Test(arguments: ["}", "(", ")", "|", "{"])
    func punctuationAtTheStartOfAStatement(symbol: String) {
        let result = parse("\(symbol) x\nwait")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range == SourceRange(start: 0, end: 1))
        #expect(result.diagnostics.first?.message.hasPrefix("'\(symbol)' is reserved for") == true)
        #expect(commandWords("\(symbol) x\nwait") == [["wait"]])
    }

    @Test func aBlockIsOneError() {
        let text = """
            for x in a b {
                browse $x
                wait
            }
            agent 1 | x
            """
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == [
            "1:14 '{' is reserved for blocks, which are not supported yet",
            "5:9 '|' is reserved for pipelines, which are not supported yet",
        ])
        #expect(result.program.statements.isEmpty)
    }

    @Test func anUnclosedBlockOnlySkipsItsLine() {
        let text = "if x {\nwait\necho (\n"
        #expect(located(parse(text).diagnostics, in: text) == [
            "1:6 '{' is reserved for blocks, which are not supported yet",
            "3:6 '(' is reserved for parameter lists and expressions, which are not supported yet",
        ])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func escapedAndQuotedPunctuationIsNotAnError() {
        let text = #"echo \{ '}' "|" \( \) a\|b"#
        let result = parse(text)
        #expect(result.diagnostics.isEmpty)
        #expect(commandWords(text) == [["echo", "{", "}", "|", "(", ")", "a|b"]])
    }

    @Test func invalidCharacterDropsTheStatementWithOneDiagnostic() {
        let text = "echo a\u{7}b\nwait"
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == ["1:7 unexpected control character U+0007"])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func diagnosticsAreInSourceOrder() {
        let text = "a | \"\u{2}\" \"unterminated"
        let starts = parse(text).diagnostics.map(\.range.start)
        #expect(starts == starts.sorted())
        #expect(starts.count == 3)
    }
}
