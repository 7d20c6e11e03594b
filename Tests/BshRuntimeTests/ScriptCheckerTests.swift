import BshLanguage
import BshRuntime
import Testing

@Suite("bsh check")
struct ScriptCheckerTests {
    func messages(_ text: String) -> [String] {
        let source = SourceFile(name: "t.bsh", text: text)
        return ScriptChecker.check(source).map { "\(source.location(of: $0.range.start).line): \($0.message)" }
    }

    @Test func cleanScriptsHaveNoDiagnostics() {
        #expect(messages("let r = agents\nfor a in $r { agent $a.id }\nagents | where name == \"x\" | each { echo $it.id }") == [])
    }

    @Test func warnsAboutWhatCannotBeRight() {
        #expect(messages("agnets\nlet total = 1\necho $totl\nif count > 1 { exit 1; echo never }") == [
            "1: unknown command 'agnets'", "3: undefined variable '$totl'", "4: unknown name 'count'", "4: unreachable statement",
        ])
    }

    @Test func syntaxErrorsComeWithWarningsInSourceOrder() {
        #expect(messages("echo $nope\nlet = 1\nagnets") == [
            "1: undefined variable '$nope'", "2: expected a variable name, found operator", "3: unknown command 'agnets'",
        ])
    }

    @Test func proceduresAndSourcedFilesAreKnown() {
        #expect(messages("def step(x) { echo $x }\nstep 1") == [])
        #expect(messages("source lib.bsh\nfromlib $defined_there") == [])
    }
}

@Suite("Secret redaction")
struct SecretFilterTests {
    @Test(arguments: [
        ("vault verify 0123abcd", "vault verify ***"),
        ("vault encrypt NEWHEX --old OLDHEX", "vault encrypt *** --old ***"),
        ("bsh --api-key sekrit -c agents", "bsh --api-key *** -c agents"),
        ("let password=hunter2", "let password=***"),
        ("echo hello", "echo hello"),
    ])
    func redacts(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
    }
}

@Suite("Secret masking")
struct SecretMaskingTests {
    @Test func masksKeepTheLineLength() {
        let line = "vault encrypt 00112233 --old 44556677"
        #expect(SecretFilter.masked(line) == "vault encrypt ******** --old ********")
        #expect(SecretFilter.masked(line).count == line.count)
    }
}
