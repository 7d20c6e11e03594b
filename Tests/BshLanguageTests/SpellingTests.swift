import BshLanguage
import Testing

@Suite("Operator spellings")
struct SpellingTests {
    @Test(arguments: BinaryOperator.allCases)
    func everyOperatorIsFoundByItsSpelling(_ op: BinaryOperator) {
        #expect(BinaryOperator(spelling: op.rawValue) == op)
    }

    @Test(arguments: ["", "=", "!", "<<", "=>", "+=", "o", "an", "andx", "ins", "match", "matchesx", "Or", "x"])
    func otherWordsAreNotOperators(_ text: String) {
        #expect(BinaryOperator(spelling: text) == nil)
    }
}

@Suite("Keyword spellings")
struct KeywordSpellingTests {
    @Test(arguments: ["lets x", "sets", "iff", "format", "whiles", "breaks", "catches", "continues", "returns",
                      "define", "expected", "tryout", "one", "elsewhere", "l", "e", "Let x", "SET",
                      "let\"x\" = 1", "set'y' z", "if\"a\""])
    func wordsThatOnlyLookLikeKeywordsAreCommands(_ text: String) {
        #expect(parse(text).diagnostics == [])
        #expect(SyntaxDump.program(text).allSatisfy { $0.hasPrefix("[") })
    }

    @Test(arguments: [
        ("let n = 1", "(let n 1)"), ("set n = 1", "(set n 1)"), ("if true { }", "(if true {})"),
        ("for x in [] { }", "(for x [] {})"),
        ("while false { break; continue }", "(while false {(break); (continue)})"),
        ("def f() { return }", "(def f () {(return)})"), ("expect true", "(expect true)"),
        ("try { } catch { }", "(try {} catch _ {})"), ("on error stop", "(on-error stop)"),
    ])
    func everyKeywordStartsItsStatement(text: String, expected: String) {
        #expect(parse(text).diagnostics == [])
        #expect(SyntaxDump.program(text) == [expected])
    }
}

@Suite("Procedure names")
struct ProcedureNameTests {
    @Test(arguments: ["if", "let", "while", "true", "not", "matches"])
    func aKeywordCannotNameAProcedure(_ name: String) {
        #expect(parse("def \(name)() { }").diagnostics.map(\.message) == ["'\(name)' is a keyword and cannot name a procedure"])
    }

    @Test func parametersHaveDistinctNames() {
        #expect(parse("def f(a, b, a) { }").diagnostics.map(\.message) == ["'a' is already a parameter of 'f'"])
        #expect(parse("def iffy(a, b) { }").diagnostics.isEmpty)
    }
}
