import BshLanguage
import Testing

private func runbook(_ text: String) -> Runbook {
    Runbook(SourceFile(name: "RUNBOOK.md", text: text))
}

private func titles(_ text: String) -> [String] {
    runbook(text).steps.map(\.title)
}

private func codes(_ text: String) -> [String] {
    runbook(text).steps.map(\.code)
}

/// The step `--from text` finds, as its number, or the error's description.
private func lookup(_ text: String, in book: Runbook) -> String {
    switch book.step(matching: text) {
    case .success(let step): "\(step.number)"
    case .failure(let error): "\(error)"
    }
}

@Suite struct RunbookExtractionTests {
    @Test func numbersBshBlocksInDocumentOrder() {
        let book = runbook("""
            # Setup
            ```bsh
            agent 8f13
            ```
            Some prose.
            ```bsh
            browse /etc
            ```
            ## Restore
            ```BSH
            restore 42
            ```
            """)
        #expect(book.steps.map(\.number) == [1, 2, 3])
        #expect(book.steps.map(\.title) == ["Setup", "Setup", "Restore"])
        #expect(book.steps.map(\.code) == ["agent 8f13", "browse /etc", "restore 42"])
        #expect(book.steps.map(\.line) == [3, 7, 11])
        #expect(book.diagnostics.isEmpty)
    }

    @Test func codeRangeCoversCodeLinesWithoutFences() throws {
        let text = "# A\n```bsh\nagent x\nbrowse /\n```\n"
        let step = try #require(runbook(text).steps.first)
        #expect(step.codeRange == SourceRange(start: 11, end: 27))
        #expect(step.code == "agent x\nbrowse /")
        #expect(step.headingLine == 1)
    }

    @Test func atxTitles() {
        #expect(titles("## Deploy ##\n```bsh\n```") == ["Deploy"])
        #expect(titles("   ###   Spaced   out   ###   \n```bsh\n```") == ["Spaced out"])
        #expect(titles("# C# tips\n```bsh\n```") == ["C# tips"])
        #expect(titles("# Escaped \\#\n```bsh\n```") == ["Escaped #"])
        #expect(titles("#NotAHeading\n```bsh\n```") == ["step 1"])
        #expect(titles("####### seven\n```bsh\n```") == ["step 1"])
        #expect(titles("    # indented code\n```bsh\n```") == ["step 1"])
    }

    @Test func setextTitles() {
        #expect(titles("Install\n=======\n```bsh\n```") == ["Install"])
        #expect(titles("Two line\ntitle\n---\n```bsh\n```") == ["Two line title"])
        #expect(titles("# Real\n\n---\n```bsh\n```") == ["Real"])
        #expect(titles("# Real\n- list item\n---\n```bsh\n```") == ["Real"])
        #expect(titles("# Real\ntext\n***\n```bsh\n```") == ["Real"])
    }

    @Test func inlineMarkupInTitlesIsReducedToText() {
        #expect(titles("# Run `agent` **now**\n```bsh\n```") == ["Run agent now"])
        #expect(titles("# _Check_ the [logs](https://x.test/a_(b)) ~~twice~~\n```bsh\n```")
            == ["Check the logs twice"])
        #expect(titles("# keep snake_case and 2 * 3\n```bsh\n```") == ["keep snake_case and 2 * 3"])
        #expect(titles("# ``a`b`` <kbd>Ctrl</kbd> <https://x.test>\n```bsh\n```") == ["a`b Ctrl https://x.test"])
    }

    @Test func blocksBeforeAnyHeadingAreNamedByNumber() {
        let book = runbook("```bsh\nagent a\n```\n# Later\n```bsh\n```\n#\n```bsh\n```")
        #expect(book.steps.map(\.title) == ["step 1", "Later", "step 3"])
        #expect(book.steps.map(\.headingLine) == [nil, 4, nil])
    }

    @Test func otherCodeBlocksAreSkippedWithTheirHeadingsAndFences() {
        let text = """
            # Outer
            ```sh
            # Not a heading
            ```bsh
            ```
            ```
            plain
            ```
            ~~~python
            Title
            =====
            ~~~
            ```bsh
            agent x
            ```
            """
        let book = runbook(text)
        #expect(book.steps.map(\.title) == ["Outer"])
        #expect(book.steps.map(\.code) == ["agent x"])
        #expect(book.steps.map(\.line) == [14])
    }

    @Test func tildeFencesAndLongerClosingFences() {
        #expect(codes("~~~bsh\nagent a\n```\nstill code\n~~~") == ["agent a\n```\nstill code"])
        #expect(codes("````bsh\nagent a\n```\n`````\nafter\n```bsh\nb\n```") == ["agent a\n```", "b"])
        #expect(codes("```bsh title=\"x\"\na\n```\n``` bsh\nb\n```\n```bshx\nc\n```") == ["a", "b"])
        #expect(codes("```bsh`x`\na\n```").isEmpty)
    }

    @Test func indentedFencesInListItems() {
        let text = """
            ## Restore
            1. Pick the agent:
               ```bsh
               agent 8f13
               ```
            2. Then browse:

                   ```bsh
                   browse /etc
                   ```
            """
        let book = runbook(text)
        #expect(book.steps.map(\.title) == ["Restore", "Restore"])
        #expect(book.steps.map(\.code) == ["   agent 8f13", "       browse /etc"])
        #expect(book.steps.map(\.line) == [4, 9])
    }

    @Test func emptyBlockIsAStep() throws {
        let book = runbook("# Nothing\n```bsh\n```\n")
        let step = try #require(book.steps.first)
        #expect(step.code.isEmpty)
        #expect(step.line == 3)
        #expect(step.codeRange == SourceRange(at: 17))
        #expect(book.parsedSteps().first?.program.statements.isEmpty == true)
    }

    @Test func unclosedBshFenceRunsToTheEndWithAWarning() throws {
        let text = "# Go\n  ```bsh\nagent a\n# not a heading\n"
        let book = runbook(text)
        #expect(book.steps.map(\.code) == ["agent a\n# not a heading\n"])
        let warning = try #require(book.diagnostics.first)
        #expect(book.diagnostics.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "unclosed ```bsh code block")
        #expect(warning.range == SourceRange(start: 7, end: 13))
        #expect(warning.hint?.contains("```") == true)
        let rendered = DiagnosticRenderer.render(warning, in: book.document)
        #expect(rendered.hasPrefix("RUNBOOK.md:2:3: warning: unclosed ```bsh code block"))
    }

    @Test func bshFenceSwallowedByAnotherBlockIsReported() throws {
        let book = runbook("# A\n```sh\nls\n```bsh\nagent a\n```\n")
        #expect(book.steps.isEmpty)
        let warning = try #require(book.diagnostics.first)
        #expect(book.diagnostics.count == 1)
        #expect(warning.message == "```bsh fence inside the ```sh code block of line 2 is not a step")
        #expect(book.document.location(of: warning.range.start) == SourceLocation(line: 4, column: 1))
        #expect(runbook("~~~\n```bsh\nls\n").diagnostics.count == 1)
        // Deliberate nesting, to show a runbook as an example, is fine.
        #expect(runbook("````markdown\n```bsh\nx\n```\n````\n").diagnostics.isEmpty)
        #expect(runbook("~~~\n```bsh\nx\n```\n~~~\n").diagnostics.isEmpty)
        #expect(runbook("```sh\nls\n").diagnostics.isEmpty)
    }

    @Test func crlfDocuments() throws {
        let text = "Title\r\n===\r\n```bsh\r\nagent a\r\nbrowse /\r\n```\r\n"
        let step = try #require(runbook(text).steps.first)
        #expect(step.title == "Title")
        #expect(step.code == "agent a\r\nbrowse /")
        #expect(step.source.text == text)
        let result = try #require(runbook(text).parsedSteps().first)
        #expect(result.diagnostics.isEmpty)
        #expect(result.program.statements.count == 2)
    }

    @Test func byteOrderMarkIsIgnored() {
        let book = runbook("\u{FEFF}# Title\n```bsh\nagent a\n```")
        #expect(book.steps.map(\.title) == ["Title"])
        #expect(runbook("\u{FEFF}```bsh\nagent a\n```").steps.map(\.code) == ["agent a"])
    }
}

@Suite struct RunbookStepSourceTests {
    static let text = """
        # Café ☕️ setup — ünïcødé 🚀
        ```bsh
        agent 8f13; browse /etc
        ```
        ## Étape deux 日本語
        Prose with émoji 🎉 and tabs\there.
        ```bsh
        agent 8f13
        browse "/etc
        ```
        Trailing 🚀 prose\r
        """

    @Test func eachStepIsParsedFromItsCodeOnly() throws {
        let book = runbook(Self.text)
        #expect(book.steps.count == 2)
        #expect(book.steps.allSatisfy { $0.source.text == book.document.text && $0.source.name == "RUNBOOK.md" })
        // The prose around the blocks is not bsh and must not be read as such.
        #expect(book.parsedSteps().map { $0.program.statements.count } == [2, 2])
    }

    @Test func parsingAStepCountsItsStatements() throws {
        let book = runbook(Self.text)
        let step = try #require(book.steps.first)
        let result = try #require(book.parsedSteps().first)
        #expect(result.diagnostics.isEmpty)
        #expect(result.program.statements.count == 2)
        let first = try #require(result.program.statements.first)
        #expect(step.source.location(of: first.range.start) == SourceLocation(line: 3, column: 1))
    }

    @Test func parseErrorInStepTwoReportsTheDocumentLine() throws {
        let book = runbook(Self.text)
        let step = try #require(book.steps.last)
        #expect(step.number == 2)
        #expect(step.title == "Étape deux 日本語")
        let result = try #require(book.parsedSteps().last)
        #expect(result.program.statements.count == 2)
        let error = try #require(result.diagnostics.first)
        #expect(error.severity == .error)
        #expect(book.document.location(of: error.range.start) == SourceLocation(line: 9, column: 8))
        let rendered = DiagnosticRenderer.render(error, in: step.source)
        #expect(rendered.hasPrefix("RUNBOOK.md:9:8: error:"))
        #expect(rendered.contains("9 | browse \"/etc"))
        #expect(rendered == DiagnosticRenderer.render(error, in: book.document))
    }

    @Test func strayCarriageReturnOutsideCodeIsNotRead() throws {
        let book = runbook("a\rb\n```bsh\nagent a\n```\r")
        #expect(book.parsedSteps().map(\.diagnostics.isEmpty) == [true])
    }
}

@Suite struct RunbookLookupTests {
    static let book = runbook("""
        ```bsh
        agent a
        ```
        # Deploy app
        ```bsh
        ```
        ```bsh
        ```
        # Deploy database
        ```bsh
        ```
        # Verify
        ```bsh
        ```
        # 2024 migration
        ```bsh
        ```
        # Deploy
        ```bsh
        ```
        # Verify
        ```bsh
        ```
        """)

    @Test func byNumber() {
        #expect(lookup("3", in: Self.book) == "3")
        #expect(lookup(" 1 ", in: Self.book) == "1")
        #expect(lookup("9", in: Self.book) == "there is no step 9: the runbook has 8 steps")
        #expect(lookup("0", in: Self.book) == "there is no step 0: the runbook has 8 steps")
        #expect(lookup("2024", in: Self.book) == "6")
    }

    @Test func byExactTitleCaseInsensitively() {
        #expect(lookup("deploy APP", in: Self.book) == "2")
        #expect(lookup("Deploy", in: Self.book) == "7")
        #expect(lookup("step 1", in: Self.book) == "1")
    }

    @Test func byUniquePrefix() {
        #expect(lookup("deploy a", in: Self.book) == "2")
        #expect(lookup("Deploy  DAT", in: Self.book) == "4")
        #expect(lookup("2024 mig", in: Self.book) == "6")
    }

    @Test func ambiguous() throws {
        #expect(lookup("dep", in: Self.book)
            == "\"dep\" matches several steps: 2 \"Deploy app\", 4 \"Deploy database\", 7 \"Deploy\"")
        #expect(lookup("verify", in: Self.book) == "\"verify\" matches several steps: 5 \"Verify\", 8 \"Verify\"")
        guard case .failure(let error) = Self.book.step(matching: "ver") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.hint == "give more of the title, or the step number")
    }

    @Test func missing() throws {
        #expect(lookup("rollback", in: Self.book) == "no step is numbered or titled \"rollback\"")
        #expect(lookup("   ", in: Self.book) == "no step name given")
        guard case .failure(let error) = Self.book.step(matching: "rollback") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.hint?.hasPrefix("the steps are 1 \"step 1\", 2 \"Deploy app\", 4 \"Deploy database\"") == true)
        #expect(lookup("1", in: runbook("no steps here")) == "there is no step 1: the runbook has no steps")
        guard case .failure(let empty) = runbook("").step(matching: "x") else {
            Issue.record("expected a failure")
            return
        }
        #expect(empty.hint == nil)
    }
}
