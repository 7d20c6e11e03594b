import BshLanguage
import Testing

@Suite("Parser recovery")
struct ParserRecoveryTests {
    @Test func reportsEveryErrorInTheFile() {
        let text = """
            agent 8f13
            browse /etc | sortt
            echo "tab\u{1}here"
            logs (request
            wait; echo 'open
            echo "x\\u{zz}"
            wait
            """
        let result = parse(text)
        #expect(result.hasErrors)
        #expect(located(result.diagnostics, in: text) == [
            "2:15 unknown filter 'sortt'",
            "3:10 control character U+0001 in string",
            "4:14 expected ')' to close '('",
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
        #expect(located(result.diagnostics, in: text) == ["1:10 unknown filter 'b'"])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func aBraceInACommandHasAHelpfulHint() throws {
        let diagnostic = try #require(parse("echo {").diagnostics.first)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message == "unexpected '{' after the statement")
        #expect(diagnostic.hint == "end the statement with a newline or ';' first, or quote the text ('{')")
        #expect(diagnostic.range == SourceRange(start: 5, end: 6))
    }

    @Test(arguments: ["}", ")", "|"])
    func punctuationAtTheStartOfAStatement(symbol: String) {
        let result = parse("\(symbol) x\nwait")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.range == SourceRange(start: 0, end: 1))
        #expect(commandWords("\(symbol) x\nwait") == [["wait"]])
    }

    @Test func aBrokenBlockHeaderIsOneError() {
        let text = """
            for x a b {
                browse $x
                wait
            }
            agent 1 | x
            """
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == [
            "1:7 expected 'in' after 'for x'",
            "5:11 unknown filter 'x'",
        ])
        #expect(result.program.statements.isEmpty)
    }

    @Test func anUnclosedBlockIsReportedAtItsBrace() {
        let text = "if $x {\nwait\n"
        #expect(located(parse(text).diagnostics, in: text) == ["1:7 unclosed '{'"])
    }

    @Test func errorsInsideABlockAreEachReported() {
        let text = "if $x {\n  echo a | nope\n  wait\n  let = 3\n}\nwait"
        #expect(located(parse(text).diagnostics, in: text) == [
            "2:12 unknown filter 'nope'", "4:7 expected a variable name, found operator",
        ])
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
        let text = "a | x \"\u{2}\" \"unterminated"
        let starts = parse(text).diagnostics.map(\.range.start)
        #expect(starts == starts.sorted())
        #expect(starts.count == 3)
    }
}

@Suite("No statement dropped in silence")
struct SilentDropTests {
    @Test(arguments: [
        "expect 1 == 2 @; echo after", "let x = @", "[1] | where é", "expect false or é", "! x", "~~~", "`x`",
        "@", "^", ":", "é", "2>&1", "echo ${1 + @}", "if $a @ { }",
    ])
    func everyUnreadableStatementIsReported(_ text: String) {
        let result = parse(text)
        #expect(result.hasErrors, "\(text) parsed without a word")
    }

    @Test(arguments: [
        "let x = " + Array(repeating: "1", count: 5_000).joined(separator: " + "),
        "let x = $a" + String(repeating: ".b", count: 5_000),
        "let x = $a" + String(repeating: "[0]", count: 5_000),
        "echo ${a" + String(repeating: ".b", count: 1_500) + "}",
    ])
    func longChainsAreBounded(_ text: String) {
        #expect(parse(text).diagnostics.map(\.message) == ["more than 1000 operators or accesses in one expression"])
    }

    @Test func aChainOfAFewHundredIsFine() {
        #expect(parse("let x = " + Array(repeating: "1", count: 900).joined(separator: " + ")).diagnostics.isEmpty)
    }

    @Test func punctuationIsNamedOnce() {
        // Once as out of place after a command, and once as a block never closed.
        #expect(parse("echo a {").diagnostics.map(\.message) == ["unexpected '{' after the statement", "unclosed '{'"])
    }
}

@Suite("Unclosed references")
struct UnclosedReferenceTests {
    @Test func aLineOfUnclosedReferencesIsReported() {
        let text = "echo \"" + String(repeating: "${\"", count: 2_000)
        #expect(parse(text).diagnostics.contains { $0.message == "unterminated '${'" })
    }

    @Test func aReferenceIsLookedForWithinFourKilobytes() {
        let long = "echo \"${'" + String(repeating: "x", count: 5_000) + "'}\""
        #expect(parse(long).diagnostics.map(\.message).contains("unterminated '${'"))
        let short = "echo \"${'" + String(repeating: "x", count: 3_000) + "'}\""
        #expect(parse(short).diagnostics.isEmpty)
    }

    @Test func aValidReferenceAfterAQuotedOneIsRead() {
        #expect(parse("echo \"$a['${']\"; echo \"${x}\"").diagnostics.isEmpty)
        #expect(SyntaxDump.program("echo \"${x}\"") == ["[echo <{x}>]"])
    }

    @Test func aLaterLineIsReadAfresh() {
        let diagnostics = parse("echo \"${ ${x}\"\necho \"${y}\" ${z\n").diagnostics
        #expect(diagnostics.map(\.message).filter { $0 == "unterminated '${'" }.count == 2)
    }
}
