import BshLanguage
import BshRuntime
import Testing

/// Statements that call no command run compiled inside loops; with tracing on, every statement goes
/// through the asynchronous evaluator instead. Both must print the same, fail the same and exit the
/// same. Each script runs as the body of a loop that runs once, so that all of it is compiled.
@Suite("Compiled and evaluated statements agree")
struct InterpreterTests {
    struct Outcome: Equatable, CustomStringConvertible {
        let status: Int32
        let output: String
        let error: String
        var description: String { "status \(status)\nstdout:\n\(output)\nstderr:\n\(error)" }
    }

    private func run(_ text: String, traced: Bool, continueOnError: Bool = false) async -> Outcome {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices(), options: RuntimeOptions(continueOnError: continueOnError, trace: traced))
        let source = SourceFile(name: "t.bsh", text: "for once in [1] {\n\(text)\n}")
        let parsed = Parser.parse(source)
        #expect(!parsed.hasErrors, "\(parsed.diagnostics)")
        let status = await shell.run(parsed.program, in: source)
        let error = host.error.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("+ ") }.joined(separator: "\n")
        return Outcome(status: status, output: host.output, error: error)
    }

    /// Makes `$l` a list of three records.
    static let records = "let l = []\nfor n in [1, 5, 9] { try { expect false \"${n}\" } catch e { set l = $l + [$e] } }\n"

    static let scripts = [
        // Arithmetic, conditions and loops.
        "let i = 0\nlet s = 0\nwhile $i < 100 { set i = $i + 1\n if $i % 3 == 0 { set s = $s + $i } }\necho $s",
        "let n = 0\nfor x in [1, 2, 3, 4, 5] { if $x == 2 { continue }\n if $x == 5 { break }\n set n = $n + $x }\necho $n",
        "let t = 0\nfor x in null { set t = 1 }\nfor y in 7 { set t = $y }\necho $t",
        "let d = 1m30s * 2\nlet half = $d / 4\necho $d $half (\"${1.5 + 1} ok\")",
        "let l = [1, \"a\", [2, 3], 10MB]\necho $l[2][1] $l[3] (len($l)) ${upper($l[1])}",
        "try { expect false \"x\" } catch e { echo $e }",
        // Scoping: a procedure sees its caller's variables, `set` changes them where they live, `let` shadows until it returns.
        "let x = 1\ndef f() { set x = $x + 1\n let y = 5\n let x = 100\n set y = $x + $y }\nf\necho $x\nexpect $x == 2",
        "def fact(n) { if $n <= 1 { return 1 }\n let m = (fact ($n - 1))\n return $n * $m }\necho (fact 10)",
        "def inner() { return $outer_local }\ndef outer() { let outer_local = 42\n return (inner) }\necho (outer)",
        "def f(a) { let a = $a + 1\n return $a }\nlet a = 10\necho (f 1) $a",
        // Failures: their messages and locations.
        "let x = 1 + \"a\"",
        "let x = 1\nwhile $x { set x = 2 }",
        "let i = 0\nwhile true max 5 { set i = $i + 1 }",
        "let i = 0\nwhile $i < 10 max 0 { set i = $i + 1 }",
        "echo $nope",
        "let count = 1\necho $cuont",
        "expect 1 + 1 == 3 \"arithmetic\"",
        "let x = [1, 2]\nlet y = $x[5] + 1",
        "let e = null\ntry { let x = 1 / 0 } catch e { echo caught $e.message $e.line }\necho $e.status",
        "let big = 9223372036854775807\nlet x = $big + 1",
        "let m = -9223372036854775807 - 1\necho (-7 % 3) (7 % -1) ($m % -1) (2 * 3 - 10) (7 / 2) (6 / 3) (3 <= 3) (2 != 2.0) (2 == 2.0) (1 < 1.5)",
        "let x = 5 % 0",
        "let m = -9223372036854775807 - 1\nlet x = $m * -1",
        "for x in [1, 2] { let y = $x.name }",
        "def f() { break }\nf",
        "return 3",
        // Filters over values, with compiled conditions and bodies.
        Self.records + "echo ($l | where status > 0 | count) ($l | where message matches \"*5\" | count) ($l | each { $it.line * 2 })",
        "[1, 2, 3] | each { let y = $it * 10\n $y + 1 }",
        "[1, 2, 3] | where $it > \"a\"",
        Self.records + "$l | where missing > 1",
        "echo ([1, 2, 3] | each { if $it == 2 { 0 } })",
    ]

    @Test(arguments: scripts)
    func sameOutcome(_ script: String) async {
        let compiled = await run(script, traced: false)
        let evaluated = await run(script, traced: true)
        #expect(compiled == evaluated, "compiled:\n\(compiled)\nevaluated:\n\(evaluated)")
    }

    @Test func carryingOnAfterFailuresInsideACompiledLoop() async {
        let script = "let i = 0\nwhile $i < 3 { set i = $i + 1\n let x = $i / 0 }\necho done $i"
        let compiled = await run(script, traced: false, continueOnError: true)
        let evaluated = await run(script, traced: true, continueOnError: true)
        #expect(compiled == evaluated, "compiled:\n\(compiled)\nevaluated:\n\(evaluated)")
        #expect(compiled.output == "done 3\n")
        #expect(compiled.error.components(separatedBy: "division by zero").count == 4, "\(compiled.error)")
        #expect(compiled.status == 1)
    }

    @Test func expectedResults() async {
        #expect(await run(Self.scripts[0], traced: false).output == "1683\n")
        #expect(await run(Self.scripts[7], traced: false).output == "3628800\n")
        #expect(await run(Self.scripts[8], traced: false).output == "42\n")
        #expect(await run(Self.scripts[9], traced: false).output == "2 10\n")
        let scoping = await run(Self.scripts[6], traced: false)
        #expect(scoping.status == 0, "\(scoping)")
        #expect(scoping.output == "2\n")
        let failure = await run("let a = 1\nlet x = $a + \"b\"", traced: false)
        #expect(failure.error.contains("t.bsh:3:9"), "\(failure.error)")
        #expect(failure.error.contains("cannot use '+' on a number and a string"), "\(failure.error)")
    }

    @Test func parallelIterationsKeepTheirVariablesToThemselves() async {
        let outcome = await run(
            "let shared = 1\nfor x in [1, 2, 3] parallel 3 { let own = $x * 10\n set shared = $own }\necho $shared\nexpect $own == null", traced: false)
        #expect(outcome.output.hasPrefix("1\n"), "\(outcome)")
        #expect(outcome.error.contains("undefined variable '$own'"), "\(outcome)")
    }

    @Test func aCompiledLoopStopsWhenCancelled() async {
        let host = RecordingHost()
        let shell = Shell(host: host, services: NoServices())
        let source = SourceFile(name: "t.bsh", text: "let i = 0\nwhile true max 9000000000000 { set i = $i + 1 }")
        let parsed = Parser.parse(source)
        let task = Task { await shell.run(parsed.program, in: source) }
        task.cancel()
        #expect(await task.value == 130)
        #expect(host.error.contains("interrupted"))
    }
}
