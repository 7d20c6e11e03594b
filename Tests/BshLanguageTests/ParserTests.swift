import BshLanguage
import Testing

@Suite("Parser")
struct ParserTests {
    @Test func seedLineGivesFiveCommands() throws {
        let text = "agent 8f13; browse /etc; wait; logs request; wait"
        let result = parse(text)
        #expect(!result.hasErrors)
        #expect(result.diagnostics.isEmpty)
        #expect(commandWords(text) == [["agent", "8f13"], ["browse", "/etc"], ["wait"], ["logs", "request"], ["wait"]])

        let commands = result.program.statements.compactMap(\.command)
        #expect(commands.map(\.range) == [
            SourceRange(start: 0, end: 10), SourceRange(start: 12, end: 23), SourceRange(start: 25, end: 29),
            SourceRange(start: 31, end: 43), SourceRange(start: 45, end: 49),
        ])
        #expect(result.program.statements.map(\.range) == commands.map(\.range))
        #expect(commands[1].name == Word(value: "browse", range: SourceRange(start: 12, end: 18)))
        #expect(commands[1].arguments == [Word(value: "/etc", range: SourceRange(start: 19, end: 23))])
        #expect(commands[3].arguments.map(\.range) == [SourceRange(start: 36, end: 43)])
    }

    @Test func blankAndCommentLinesGiveNoStatements() {
        let text = """

            # a comment

               \t
            # another; with a semicolon
            ;;
            """
        let result = parse(text)
        #expect(result.program.statements.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func emptyInputGivesAnEmptyProgram() {
        let result = parse("")
        #expect(result.program == Program())
        #expect(!result.hasErrors)
    }

    @Test func statementsOnSeveralLines() {
        let text = "agent 8f13\r\n\r\nbrowse /etc   # look around\nwait\n"
        #expect(commandWords(text) == [["agent", "8f13"], ["browse", "/etc"], ["wait"]])
    }

    @Test func concatenatedPartsFormOneWord() {
        let text = #"echo ab"c d"'e' "x"y"#
        let result = words(text)
        #expect(result.map(\.value) == ["echo", "abc de", "xy"])
        #expect(result.map(\.isQuoted) == [false, true, true])
        #expect(result[1].range == range(of: #"ab"c d"'e'"#, in: text))
    }

    @Test func quotedDocumentsPath() {
        let result = words(#"browse "/home/deploy/My Documents"   # quoted"#)
        #expect(result.map(\.value) == ["browse", "/home/deploy/My Documents"])
        #expect(result[1].isQuoted)
        #expect(result[1].range == SourceRange(start: 7, end: 34))
    }

    @Test func aQuotedFirstWordIsAValueNotACommand() {
        let result = parse("'wait'")
        #expect(result.diagnostics.isEmpty)
        #expect(result.program.statements.first?.command == nil)
        #expect(located(parse("'wait' now").diagnostics, in: "'wait' now") == ["1:8 unexpected name 'now' after the statement"])
    }

    @Test func emptyQuotedArgumentIsKept() {
        #expect(commandWords(#"echo "" ''"#) == [["echo", "", ""]])
    }

    @Test func rawRemoteNameReachesTheRuntimeVerbatim() {
        #expect(commandWords(#"browse "caf\xe9" caf\xe9"#) == [["browse", #"caf\xe9"#, #"caf\xe9"#]])
    }

    @Test func dollarMarksTheWord() {
        let result = words(#"echo $x '$y' a"$b" \$c"#)
        #expect(result.map(\.value) == ["echo", "$x", "$y", "a$b", "$c"])
        #expect(result.map(\.hasUnescapedDollar) == [false, true, false, true, false])
    }

    @Test func lineContinuationJoinsArguments() {
        #expect(commandWords("logs \\\n  request\nwait") == [["logs", "request"], ["wait"]])
    }

    @Test func unterminatedStringIsAnErrorButTheCommandIsKept() {
        let result = parse("echo \"abc")
        #expect(result.hasErrors)
        #expect(commandWords("echo \"abc") == [["echo", "abc"]])
    }

    @Test func warningsAloneAreNotErrors() {
        let result = ParseResult(
            program: Program(), diagnostics: [.warning("odd", at: SourceRange(at: 0))])
        #expect(!result.hasErrors)
    }
}
