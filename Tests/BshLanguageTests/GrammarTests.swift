import BshLanguage
import Testing

@Suite("Grammar")
struct GrammarTests {
    @Test(arguments: [
        ("let n = 3", "(let n 3)"),
        ("let r = browse /etc", "(let r [browse /etc])"),
        ("set n = $n + 1 * 2", "(set n (+ $n (* 1 2)))"),
        ("let x = -$a.b[0].c", "(let x (- $a.b[0].c))"),
        ("let l = [1, 'a', true, null, 10MB]", "(let l [1, 'a', true, null, 10MB])"),
        ("let c = (agents | count)", "(let c ((| [agents] (count))))"),
        ("let n = len($r.items)", "(let n len($r.items))"),
        ("set trace on", "(option trace on)"),
        ("let s = \"agent ${a.name} has ${len($r.items)} files\"", "(let s \"agent {a.name} has {len($r.items)} files\")"),
        ("let t = not $a and $b or $c", "(let t (or (and (not $a) $b) $c))"),
        ("let m = $name matches \"web*\"", "(let m (matches $name 'web*'))"),
        ("let i = 'x' in $list", "(let i (in 'x' $list))"),
    ])
    func assignments(text: String, expected: String) {
        #expect(parse(text).diagnostics == [])
        #expect(SyntaxDump.program(text) == [expected])
    }

    @Test(arguments: [
        ("agents | where status == \"offline\" | sort name desc | first 3", "(| [agents] (where (== status 'offline')) (sort name desc) (first 3))"),
        ("$r.items | where bytes > 10MB | select name bytes | to csv", "(| $r.items (where (> bytes 10MB)) (select name bytes) (to csv))"),
        ("logs | each { echo $it.id }", "(| [logs] (each {[echo <{$it.id}>]}))"),
        ("echo (agents | count) items", "[echo <{((| [agents] (count)))}> items]"),
        ("agent $a.id", "[agent <{$a.id}>]"),
        ("browse /home/${user}/docs", "[browse </home/{user}/docs>]"),
        ("echo \"$n.\"", "[echo <{$n}.>]"),
        ("echo price\\$5 '$x'", "[echo price$5 $x]"),
        ("1 + 2", "(+ 1 2)"),
    ])
    func pipelinesAndWords(text: String, expected: String) {
        #expect(parse(text).diagnostics == [])
        #expect(SyntaxDump.program(text) == [expected])
    }

    @Test func controlFlowSpansLines() {
        let text = """
            if $n > 3 {
                echo big
            } else if $n == 3 {
                echo three
            }
            else {
                echo small
            }
            for a in agents parallel 16 { agent $a.id; logs request; wait }
            for x in [1, 2] { continue }
            while $i < 10 max 100 {
                set i = $i + 1
                if $i == 5 { break }
            }
            def step(agent, path) {
                agent $agent
                return browse $path
            }
            expect $n == 3 "n should be three"
            try { wait 1s } catch e { echo $e.message }
            on error continue
            """
        #expect(located(parse(text).diagnostics, in: text) == [])
        #expect(SyntaxDump.program(text) == [
            "(if (> $n 3) {[echo big]} (== $n 3) {[echo three]} else {[echo small]})",
            "(for a [agents] parallel 16 {[agent <{$a.id}>]; [logs request]; [wait]})",
            "(for x [1, 2] {(continue)})",
            "(while (< $i 10) max 100 {(set i (+ $i 1)); (if (== $i 5) {(break)})})",
            "(def step (agent path) {[agent <{$agent}>]; (return [browse <{$path}>])})",
            "(expect (== $n 3) 'n should be three')",
            "(try {[wait 1s]} catch e {[echo <{$e.message}>]})",
            "(on-error continue)",
        ])
    }

    @Test(arguments: [
        ("if $n = 3 { }", "1:7 '=' assigns; compare with '=='"),
        ("let $x = 1", "1:5 write the variable name without '$'"),
        ("if { echo }", "1:4 missing condition after 'if'"),
        ("else { }", "1:1 'else' without 'if'"),
        ("if $a < $b < $c { }", "1:12 comparisons cannot be chained"),
        ("let x = ", "1:9 expected a command or a value, found end of input"),
        ("echo ${}", "1:6 empty '${}'"),
        ("echo ${a b}", "1:10 unexpected name 'b' in '${…}'"),
        ("try { }", "1:8 'try' needs a 'catch' block"),
        ("agents | to xml", "1:10 'to' needs a format: json or csv"),
        ("let x = [1 2]", "1:12 expected ',' or ']' in the list"),
        ("while $x { } max", "1:14 unexpected word 'max' after the statement"),
    ])
    func errors(text: String, expected: String) {
        let diagnostics = located(parse(text).diagnostics, in: text)
        #expect(diagnostics.first == expected, "all: \(diagnostics)")
    }
}

@Suite("Grammar limits")
struct GrammarLimitTests {
    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "echo " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(parse(deep).diagnostics.first?.message == "nested more than 128 levels deep")
        let negations = "let x = " + String(repeating: "-", count: 5000) + "1"
        #expect(parse(negations).hasErrors)
        let blocks = String(repeating: "if true { ", count: 2000) + String(repeating: "} ", count: 2000)
        #expect(parse(blocks).hasErrors)
    }

    @Test func reasonableNestingParses() {
        let text = "echo " + String(repeating: "(", count: 20) + "1" + String(repeating: ")", count: 20)
        #expect(parse(text).diagnostics == [])
    }
}
