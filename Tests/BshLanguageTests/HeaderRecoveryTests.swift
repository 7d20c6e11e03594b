import BshLanguage
import Testing

@Suite("Recovery after an error in a block's header")
struct HeaderRecoveryTests {
    /// A header with an error, the first diagnostic it gets, and where that is.
    struct Header: Sendable, CustomStringConvertible {
        let text: String
        let error: String
        var description: String { text }
    }

    static let headers: [Header] = [
        Header(text: "if {", error: "1:4 missing condition after 'if'"),
        Header(text: "while {", error: "1:7 missing condition after 'while'"),
        Header(text: "for x {", error: "1:7 expected 'in' after 'for x'"),
        Header(text: "for in {", error: "1:5 expected a variable name after 'for'"),
        Header(text: "for {", error: "1:5 expected a variable name after 'for'"),
        Header(text: "for x in {", error: "1:10 expected what to loop over after 'for x in'"),
        Header(text: "def {", error: "1:5 expected a procedure name after 'def'"),
        Header(text: "def f( {", error: "1:8 expected a parameter name or ')' after 'def f('"),
        Header(text: "def f(a, {", error: "1:10 expected a parameter name after ','"),
        Header(text: "if $x { } else if {", error: "1:19 missing condition after 'else if'"),
        Header(text: "try { } catch e f {", error: "1:17 expected '{' to start the body of 'catch'"),
    ]

    @Test(arguments: headers)
    func laterErrorsAndTheUnclosedBraceAreReported(_ header: Header) {
        let text = header.text + "\n  echo a | nope\nlet = 3\n"
        let lastBrace = source(text).location(of: header.text.utf8.count - 1)
        let diagnostics = located(parse(text).diagnostics, in: text)
        #expect(diagnostics.first == header.error)
        #expect(diagnostics.contains("2:12 unknown filter 'nope'"))
        #expect(diagnostics.contains("3:5 expected a variable name, found operator"))
        #expect(diagnostics.contains("\(lastBrace) unclosed '{'"), "\(diagnostics)")
        #expect(diagnostics.filter { $0.hasSuffix("unclosed '{'") }.count == 1)
    }

    @Test(arguments: headers)
    func aClosedBlockEndsTheStatement(_ header: Header) {
        let text = header.text + "\n  echo a | nope\n}\nlet = 3\nwait\n"
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == [
            header.error, "2:12 unknown filter 'nope'", "4:5 expected a variable name, found operator",
        ])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func anElseAfterARecoveredBlockBelongsToIt() {
        let text = "if {\n  wait\n}\nelse {\n  echo a | nope\n}\nwait\n"
        let result = parse(text)
        #expect(located(result.diagnostics, in: text) == ["1:4 missing condition after 'if'", "5:12 unknown filter 'nope'"])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func aCatchAfterARecoveredBlockBelongsToIt() {
        let text = "try {\n  wait\n} catch e f {\n  wait\n} catch {\n}\nwait\n"
        #expect(located(parse(text).diagnostics, in: text) == ["3:11 expected '{' to start the body of 'catch'"])
        #expect(commandWords(text) == [["wait"]])
    }

    @Test func everyUnclosedBlockIsReportedAtItsBrace() {
        let text = "while {\n  for x in [1] {\n    if $x {\n      wait\n"
        #expect(located(parse(text).diagnostics, in: text) == [
            "1:7 missing condition after 'while'", "1:7 unclosed '{'", "2:16 unclosed '{'", "3:11 unclosed '{'",
        ])
    }

    @Test func aVariableNamedInIsStillALoopVariable() {
        #expect(parse("for in in [1, 2] { echo $in }").diagnostics.isEmpty)
    }

    @Test func blocksNestedPastTheLimitInASkippedStatementEndQuietly() {
        let depth = 200
        let text = "if {\n" + String(repeating: "if $x {\n", count: depth) + String(repeating: "}\n", count: depth + 1) + "let = 3\n"
        let messages = parse(text).diagnostics.map(\.message)
        #expect(messages.first == "missing condition after 'if'")
        #expect(messages.last == "expected a variable name, found operator")
        #expect(!messages.contains("unclosed '{'"))
        #expect(!messages.contains("unexpected '}'"))
    }
}
