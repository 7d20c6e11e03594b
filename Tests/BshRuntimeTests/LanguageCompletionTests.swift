import BshRuntime
import Testing

@Suite("Completion of the language")
struct LanguageCompletionTests {
    let context = CompletionContext(variables: ["listing", "limit", "name"], procedures: ["deploy"])

    @Test func variablesCompleteAfterDollar() {
        #expect(Completer.complete(line: "echo $li", cursor: 8, context: context).candidates == ["$limit", "$listing"])
        #expect(Completer.complete(line: "echo $", cursor: 6, context: context).candidates.contains("$_"))
    }

    @Test func filtersCompleteAfterAPipe() {
        #expect(Completer.complete(line: "agents | wh", cursor: 11, context: context).candidates == ["where"])
        #expect(Completer.complete(line: "agents | where x > 1 | s", cursor: 24, context: context).candidates == ["select", "sort"])
    }

    @Test func proceduresAndKeywordsStartStatements() {
        #expect(Completer.complete(line: "dep", cursor: 3, context: context).candidates == ["deploy"])
        #expect(Completer.complete(line: "if $n > 1 { whi", cursor: 15, context: context).candidates == ["while"])
    }
}
