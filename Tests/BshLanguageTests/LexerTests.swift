import BshLanguage
import Testing

@Suite("Lexer")
struct LexerTests {
    @Test func emptyInputIsJustEndOfFile() {
        let (tokens, diagnostics) = lex("")
        #expect(tokens == [Token(kind: .endOfFile, range: SourceRange(at: 0), value: "")])
        #expect(diagnostics.isEmpty)
    }

    @Test func blankInputIsJustEndOfFile() {
        #expect(kinds("   \t  ") == [.endOfFile])
    }

    @Test func barewordsWithRangesAndTrivia() {
        let tokens = lex("browse  /etc").tokens
        #expect(tokens == [
            Token(kind: .bareword, range: SourceRange(start: 0, end: 6), value: "browse"),
            Token(kind: .bareword, range: SourceRange(start: 8, end: 12), value: "/etc", hasLeadingTrivia: true),
            Token(kind: .endOfFile, range: SourceRange(at: 12), value: ""),
        ])
    }

    @Test func semicolonsAndNewlinesSeparateStatements() {
        #expect(kinds("a;b\nc ; d") == [
            .bareword, .semicolon, .bareword, .newline, .bareword, .semicolon, .bareword, .endOfFile,
        ])
    }

    @Test func crlfIsOneNewlineToken() {
        let tokens = lex("a\r\nb\r\n").tokens
        #expect(tokens.map(\.kind) == [.bareword, .newline, .bareword, .newline, .endOfFile])
        #expect(tokens[1].range == SourceRange(start: 1, end: 3))
        #expect(tokens[0].value == "a")
        #expect(tokens[2].value == "b")
    }

    @Test func reservedPunctuationIsLexedEvenInsideWords() {
        #expect(kinds("{ } ( ) |") == [.leftBrace, .rightBrace, .leftParen, .rightParen, .pipe, .endOfFile])
        let tokens = lex("a|b{c}(d)").tokens
        #expect(tokens.map(\.kind) == [
            .bareword, .pipe, .bareword, .leftBrace, .bareword, .rightBrace, .leftParen, .bareword, .rightParen,
            .endOfFile,
        ])
        #expect(tokens.filter { $0.kind == .bareword }.map(\.value) == ["a", "b", "c", "d"])
    }

    @Test func commentsRunToTheEndOfTheLine() {
        let tokens = lex("browse /etc # list it; wait\nwait").tokens
        #expect(tokens.map(\.kind) == [.bareword, .bareword, .newline, .bareword, .endOfFile])
        #expect(tokens.map(\.value) == ["browse", "/etc", "\n", "wait", ""])
    }

    @Test func commentOnlyAndIndentedCommentLines() {
        #expect(kinds("# header\n   # indented\n") == [.newline, .newline, .endOfFile])
    }

    @Test func commentAfterSemicolonAndBeforeCRLF() {
        #expect(kinds("a;# note\r\nb") == [.bareword, .semicolon, .newline, .bareword, .endOfFile])
    }

    @Test func hashInsideAWordIsText() {
        let tokens = lex("a#b c#").tokens
        #expect(tokens.map(\.value) == ["a#b", "c#", ""])
    }

    @Test func hashRightAfterAQuotedPartContinuesTheWord() {
        let tokens = lex("'a'#b").tokens
        #expect(tokens.map(\.kind) == [.singleQuotedString, .bareword, .endOfFile])
        #expect(tokens[1].value == "#b")
        #expect(!tokens[1].hasLeadingTrivia)
    }

    @Test func barewordEscapes() {
        let tokens = lex(##"a\ b c\;d \#e \'\" \{\}\(\)\| \$x \\ \\##tt"##).tokens
        #expect(tokens.filter { $0.kind == .bareword }.map(\.value) == [
            "a b", "c;d", "#e", "'\"", "{}()|", "$x", "\\", "\tt",
        ])
    }

    @Test func unknownBarewordEscapesKeepTheBackslash() {
        #expect(lex(#"caf\xe9 \n a\"#).tokens.map(\.value) == [#"caf\xe9"#, #"\n"#, "a", ""])
    }

    @Test func backslashNewlineContinuesTheLine() {
        let tokens = lex("browse \\\n  /etc\nwait").tokens
        #expect(tokens.map(\.kind) == [.bareword, .bareword, .newline, .bareword, .endOfFile])
        #expect(tokens[1].value == "/etc")
        #expect(lex("ab\\\r\ncd").tokens.map(\.value) == ["abcd", ""])
    }

    @Test func dollarIsLiteralButMarked() {
        let tokens = lex(#"$HOME \$HOME '$HOME'"#).tokens
        #expect(tokens.map(\.value) == ["$HOME", "$HOME", "$HOME", ""])
        #expect(tokens.map(\.hasUnescapedDollar) == [true, false, false, false])
    }

    @Test func nonASCIITextStaysInWords() {
        let tokens = lex("browse /home/José/日本語 🎉").tokens
        #expect(tokens.map(\.value) == ["browse", "/home/José/日本語", "🎉", ""])
        #expect(tokens[1].range == SourceRange(start: 7, end: 7 + "/home/José/日本語".utf8.count))
    }

    @Test func nonBreakingSpaceIsPartOfAWord() {
        #expect(lex("a\u{A0}b").tokens.map(\.value) == ["a\u{A0}b", ""])
    }

    @Test func strayControlCharacterIsAnInvalidTokenWithADiagnostic() {
        let (tokens, diagnostics) = lex("ab\u{7}cd")
        #expect(tokens.map(\.kind) == [.bareword, .invalid, .bareword, .endOfFile])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "unexpected control character U+0007")
        #expect(diagnostics.first?.range == SourceRange(start: 2, end: 3))
        #expect(diagnostics.first?.hint == #"remove it, or write it in a double-quoted string as \u{7}"#)
    }

    @Test func loneCarriageReturnIsReported() {
        let (tokens, diagnostics) = lex("a\rb")
        #expect(tokens.map(\.kind) == [.bareword, .invalid, .bareword, .endOfFile])
        #expect(diagnostics.map(\.message) == ["stray carriage return"])
    }

    @Test func byteOrderMarkIsSkipped() {
        #expect(lex("\u{FEFF}agent 1").tokens.map(\.value) == ["agent", "1", ""])
    }

    @Test func nextKeepsReturningEndOfFile() {
        var lexer = Lexer(source("x"))
        #expect(lexer.next().kind == .bareword)
        #expect(lexer.next().kind == .endOfFile)
        #expect(lexer.next().kind == .endOfFile)
        #expect(lexer.diagnostics.isEmpty)
    }
}
