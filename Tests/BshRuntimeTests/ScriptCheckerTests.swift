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
