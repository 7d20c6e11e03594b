import BshLanguage
import Testing

@Suite("InputCompleteness")
struct InputCompletenessTests {
    @Test(arguments: [
        "",
        "wait",
        "browse /etc; wait\n",
        "echo 'done'",
        #"echo "done""#,
        "echo \"two\nlines\"",
        "# just a comment",
        #"echo \" \' \{"#,
        "echo '\\'",
        #"echo "a\"b\\""#,
        "echo # it's a \"comment\" {",
        "echo a#'b'",
        "{ wait }",
        "} {}",
        "echo a | b (",
        "echo \u{7}",
    ])
    func complete(text: String) {
        #expect(InputCompleteness.isComplete(text))
    }

    @Test(arguments: [
        "echo 'open",
        "echo \"open",
        "echo \"first line\nsecond",
        #"echo "escaped quote \""#,
        "echo 'it''s",
        "for x in a {",
        "for x in a {\n  browse $x\n",
        "{ { }",
        "} {",
        "if x { echo '}'",
        "browse \\",
        "echo \"ok\" # comment \"\n'",
    ])
    func incomplete(text: String) {
        #expect(!InputCompleteness.isComplete(text))
    }
}
