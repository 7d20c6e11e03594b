import BshLanguage
import Testing

@Suite("Lexer strings")
struct LexerStringTests {
    @Test func singleQuotesAreLiteral() {
        let tokens = lex(#"echo 'a \n "b" $c \'"#).tokens
        #expect(tokens.map(\.kind) == [.bareword, .singleQuotedString, .endOfFile])
        #expect(tokens[1].value == #"a \n "b" $c \"#)
        #expect(tokens[1].range == SourceRange(start: 5, end: 20))
        #expect(!tokens[1].hasUnescapedDollar)
    }

    @Test func doubleQuotedEscapes() {
        let tokens = lex(#""a\\b\"c\nd\te\$f""#).tokens
        #expect(tokens[0].kind == .doubleQuotedString)
        #expect(tokens[0].value == "a\\b\"c\nd\te$f")
        #expect(!tokens[0].hasUnescapedDollar)
    }

    @Test func unknownEscapesAreKeptVerbatim() {
        let (tokens, diagnostics) = lex(#""caf\xe9" "\q\\x""#)
        #expect(tokens[0].value == #"caf\xe9"#)
        #expect(tokens[0].value.count == 7)
        #expect(tokens[1].value == #"\q\x"#)
        #expect(diagnostics.isEmpty)
    }

    @Test func unicodeEscapes() {
        let (tokens, diagnostics) = lex(#""caf\u{e9} \u{1F600}\u{0000041}""#)
        #expect(tokens[0].value == "café 😀A")
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        (#""\u00e9""#, "invalid Unicode escape", #"\u"#),
        (#""\u{e9""#, "invalid Unicode escape", #"\u{e9"#),
        (#""\u{zz}""#, "invalid Unicode escape", #"\u{z"#),
        (#""\u{}""#, "empty Unicode escape", #"\u{}"#),
        (#""\u{123456789}""#, "Unicode escape with more than 8 hex digits", #"\u{123456789}"#),
        (#""\u{d800}""#, #"\u{d800} is not a Unicode scalar value"#, #"\u{d800}"#),
        (#""\u{110000}""#, #"\u{110000} is not a Unicode scalar value"#, #"\u{110000}"#),
    ])
    func invalidUnicodeEscapes(text: String, message: String, span: String) {
        let (tokens, diagnostics) = lex(text)
        #expect(tokens.map(\.kind) == [.doubleQuotedString, .endOfFile])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == message)
        #expect(diagnostics.first?.range == range(of: span, in: text))
        #expect(diagnostics.first?.hint != nil)
    }

    @Test func dollarInDoubleQuotesIsLiteralButMarked() {
        let token = lex(#""$HOME/x""#).tokens[0]
        #expect(token.value == "$HOME/x")
        #expect(token.hasUnescapedDollar)
    }

    @Test func quotedPunctuationAndHashAreText() {
        let tokens = lex(#"'{ } | ( ) ; #' "a;b#c""#).tokens
        #expect(tokens.map(\.kind) == [.singleQuotedString, .doubleQuotedString, .endOfFile])
        #expect(tokens.map(\.value) == ["{ } | ( ) ; #", "a;b#c", ""])
    }

    @Test func adjacentPartsHaveNoLeadingTrivia() {
        let tokens = lex(#"ab"c d"'e' f"#).tokens
        #expect(tokens.map(\.kind) == [.bareword, .doubleQuotedString, .singleQuotedString, .bareword, .endOfFile])
        #expect(tokens.map(\.hasLeadingTrivia) == [false, false, false, true, false])
        #expect(tokens.map(\.value) == ["ab", "c d", "e", "f", ""])
    }

    @Test func stringsMaySpanLinesAndNormalizeCRLF() {
        let tokens = lex("echo \"a\r\nb\" 'c\r\nd'").tokens
        #expect(tokens.map(\.kind) == [.bareword, .doubleQuotedString, .singleQuotedString, .endOfFile])
        #expect(tokens[1].value == "a\nb")
        #expect(tokens[2].value == "c\nd")
    }

    @Test func unterminatedDoubleQuoteStopsAtTheEndOfItsLine() {
        let text = "browse \"/etc\nwait"
        let (tokens, diagnostics) = lex(text)
        #expect(tokens.map(\.kind) == [.bareword, .doubleQuotedString, .newline, .bareword, .endOfFile])
        #expect(tokens[1].isUnterminated)
        #expect(tokens[1].value == "/etc")
        #expect(diagnostics == [
            .error("unterminated string", at: SourceRange(start: 7, end: 12), hint: "close the string with \""),
        ])
    }

    @Test func unterminatedSingleQuote() {
        let (tokens, diagnostics) = lex("echo 'it\r\nwait")
        #expect(tokens.map(\.kind) == [.bareword, .singleQuotedString, .newline, .bareword, .endOfFile])
        #expect(tokens[1].isUnterminated)
        #expect(diagnostics.map(\.range) == [SourceRange(start: 5, end: 8)])
        #expect(diagnostics.map(\.hint) == ["close the string with '"])
    }

    @Test func escapedQuoteDoesNotCloseTheString() {
        let (tokens, diagnostics) = lex(#""a\"b"#)
        #expect(tokens[0].isUnterminated)
        #expect(tokens[0].value == "a\"b")
        #expect(diagnostics.map(\.message) == ["unterminated string"])
    }

    @Test func trailingBackslashInAnUnterminatedStringIsKept() {
        #expect(lex(#""a\"#).tokens[0].value == #"a\"#)
    }

    @Test func controlCharacterInAStringIsReported() {
        let (tokens, diagnostics) = lex("\"a\u{1B}b\" 'c\u{0}'")
        #expect(tokens.map(\.kind) == [.doubleQuotedString, .singleQuotedString, .endOfFile])
        #expect(diagnostics.map(\.message) == [
            "control character U+001B in string", "control character U+0000 in string",
        ])
        #expect(diagnostics.map(\.range) == [SourceRange(start: 2, end: 3), SourceRange(start: 8, end: 9)])
        #expect(diagnostics.first?.hint == #"write it as \u{1b}"#)
    }

    @Test func tabsInStringsAreFine() {
        let (tokens, diagnostics) = lex("\"a\tb\"")
        #expect(tokens[0].value == "a\tb")
        #expect(diagnostics.isEmpty)
    }

    @Test func nonASCIIInStrings() {
        let tokens = lex("browse \"/home/Zoë/My Documents\" '日本'").tokens
        #expect(tokens.map(\.value) == ["browse", "/home/Zoë/My Documents", "日本", ""])
        #expect(tokens[2].range.length == "'日本'".utf8.count)
    }
}
