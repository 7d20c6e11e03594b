import BshLanguage
import Testing

@Suite("Number lexing")
struct NumberLexingTests {
    @Test(arguments: [
        ("let x = 1e-3", "(let x 1e-3)"),
        ("let x = 1.5e+3", "(let x 1.5e+3)"),
        ("let x = 2E-2s", "(let x 2E-2s)"),
        ("let x = 1e-3-1", "(let x (- 1e-3 1))"),
        ("let x = 1e3+1", "(let x (+ 1e3 1))"),
        ("let x = 1m-1s", "(let x (- 1m 1s))"),
        ("let x = -9223372036854775808", "(let x -9223372036854775808)"),
        ("let x = -2s * 3", "(let x (* -2s 3))"),
        ("let x = [1, -2][-1]", "(let x [1, -2][-1])"),
        ("let x = - 5", "(let x (- 5))"),
        ("let x = 2 - -5", "(let x (- 2 -5))"),
        ("let x = --5", "(let x (- -5))"),
        ("let x = 3 -2", "(let x (- 3 2))"),
        ("let x = $a -1", "(let x (- $a 1))"),
        ("let x = $a[0] -1", "(let x (- $a[0] 1))"),
        ("let x = len($a) -1", "(let x (- len($a) 1))"),
        ("let x = \"a\" -1", "(let x (- 'a' 1))"),
        ("if -1 < 0 { }", "(if (< -1 0) {})"),
    ])
    func numbersAndSigns(text: String, expected: String) {
        #expect(parse(text).diagnostics == [])
        #expect(SyntaxDump.program(text) == [expected])
    }

    @Test(arguments: [
        ("let x = 1e999", "1:9 number too large: '1e999'"),
        ("let x = 1e7T", "1:9 size too large: '1e7T'"),
        ("let x = -1e999", "1:9 number too large: '-1e999'"),
        ("let x = 9223372036854775808", "1:9 number too large: '9223372036854775808'"),
        ("let x = -9223372036854775809", "1:9 number too large: '-9223372036854775809'"),
        ("let x = 1 - 9223372036854775808", "1:13 number too large: '9223372036854775808'"),
        ("let x = 9999999TiB", "1:9 size too large: '9999999TiB'"),
        ("let x = 1e300s", "1:9 duration too large: '1e300s'"),
        ("echo ${9223372036854775808ms}", "1:8 duration too large: '9223372036854775808ms'"),
        ("let x = 106751991167d7h12m55.808s", "1:9 duration too large: '106751991167d7h12m55.808s'"),
    ])
    func tooLargeIsAnError(text: String, expected: String) {
        #expect(located(parse(text).diagnostics, in: text) == [expected])
    }

    @Test(arguments: [
        "-9223372036854775808", "9223372036854775807", "1e308", "1e-999", "8388607TiB", "9223372036854775807ms",
        "106751991167d7h12m55.807s", "5mb", "0x10", "1.5.2",
    ])
    func inRangeOrNoNumberIsNoError(literal: String) {
        #expect(parse("let x = \(literal)").diagnostics == [], "\(literal)")
    }
}
