import BshLanguage
import BshRuntime
import Testing

@Suite("Secret redaction")
struct SecretFilterTests {
    @Test(arguments: [
        ("vault verify 0123abcd", "vault verify ***"),
        ("vault encrypt NEWHEX --old OLDHEX", "vault encrypt *** --old ***"),
        ("bsh --api-key sekrit -c agents", "bsh --api-key *** -c agents"),
        ("bsh --token=sekrit -c agents", "bsh --token=*** -c agents"),
        ("let password=hunter2", "let password=***"),
        ("set token = xyz", "set token = ***"),
        ("echo hello", "echo hello"),
    ])
    func redacts(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
    }

    @Test(arguments: [
        ("echo http://ops:hunter22@id.example.com/v2.0", "echo http://ops:***@id.example.com/v2.0"),
        ("cannot reach https://ops:p%40ss:w@h:8443/v2/1: refused", "cannot reach https://ops:***@h:8443/v2/1: refused"),
        ("see 'http://u:pw@h' and http://v:pw2@k?x", "see 'http://u:***@h' and http://v:***@k?x"),
        ("http://user@host/ and http://host:80/ and mailto:a@b", "http://user@host/ and http://host:80/ and mailto:a@b"),
    ])
    func hidesThePasswordOfAURL(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
        #expect(SecretFilter.hidingURLPasswords(line) == expected)
        #expect(SecretFilter.mentionsSecret(line) == (line != expected))
    }

    @Test func aURLPasswordIsMaskedColumnsKept() {
        #expect(SecretFilter.masked("get http://u:abc@h/") == "get http://u:***@h/")
        #expect(SecretFilter.masked("get http://u:abcdef@h/") == "get http://u:******@h/")
        #expect(SecretFilter.hidingURLPasswords("get http://u:******@h/") == "get http://u:******@h/")
    }

    @Test(arguments: [
        (#"api PUT /agents/x/vault '{"password": "hunter2"}'"#, #"api PUT /agents/x/vault '{"password": ***}'"#),
        ("api PUT /x '{\"password\" :\t\"hunter2\", \"a\": 1}'", "api PUT /x '{\"password\" :\t***, \"a\": 1}'"),
        (#"api PUT /x '{"Password":"a\"b", "token" : 42}'"#, #"api PUT /x '{"Password":***, "token" : ***}'"#),
        (#"api PUT /x "{\"password\": \"hunter2\"}""#, #"api PUT /x "{\"password\": ***}""#),
        ("X-Auth-Token: abc", "X-Auth-Token: ***"),
    ])
    func hidesJSONValuesWhateverTheBlanksAroundTheColon(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
    }

    @Test(arguments: [
        (#"vault "verify" deadbeef"#, #"vault "verify" ***"#),
        ("vault\tverify deadbeef", "vault\tverify ***"),
        ("'vault' encrypt 'dead beef' --old \"c0ffee\"", "'vault' encrypt *** --old ***"),
        ("vault verify deadbeef; wait", "vault verify ***; wait"),
        ("agent web01; vault verify deadbeefdeadbeef }", "agent web01; vault verify *** }"),
        ("vault verify deadbeef | each { echo $it }", "vault verify *** | each { echo $it }"),
    ])
    func hidesOnlyTheVaultPasswordHoweverTheCommandIsWritten(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
        #expect(SecretFilter.mentionsSecret(line))
    }

    @Test(arguments: [
        "if $r.token_count >= 2 { echo ok }", "where password != \"\"", "let tokens = (agents | count)",
        "browse https://example.com/etc",
    ])
    func leavesComparisonsAndOtherTextAlone(line: String) {
        #expect(SecretFilter.redacted(line) == line)
    }
}

@Suite("Secret masking")
struct SecretMaskingTests {
    @Test func masksKeepTheLineLength() {
        let line = "vault encrypt 00112233 --old 44556677"
        #expect(SecretFilter.masked(line) == "vault encrypt ******** --old ********")
        #expect(SecretFilter.masked(line).count == line.count)
    }

    @Test(arguments: [
        ("login --token \\\nabc123", "login --token \\\n***"),
        ("let password=ab\"cd ef\"", "let password=***"),
        ("let password:\"abc\"def", "let password:***"),
        ("echo token=token=token=x", "echo token=***"),
    ])
    func hidesValuesAcrossContinuationsAndQuotes(line: String, expected: String) {
        #expect(SecretFilter.redacted(line) == expected)
    }

    @Test func maskingKeepsLineEnds() {
        let text = "vault encrypt \"abc\necho ok\necho )"
        let masked = SecretFilter.masked(text)
        #expect(masked.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
        #expect(masked.hasSuffix("\necho ok\necho )"))
        let continued = "vault encrypt \\\nNEWHEX \\\n--old X\necho )"
        #expect(SecretFilter.masked(continued).split(separator: "\n", omittingEmptySubsequences: false).count == 4)
        #expect(!SecretFilter.masked(continued).contains("NEWHEX"))
    }

    @Test func separatorsInsideAHiddenValueStartNothingNew() {
        // The first key hides the rest of the word; the separators inside it are not looked at again
        // (which kept masking linear on such a line).
        let line = "echo " + String(repeating: "token=", count: 20_000)
        #expect(SecretFilter.masked(line) == "echo token=" + String(repeating: "*", count: line.utf8.count - 11))
    }

    @Test func masksKeepByteOffsets() {
        let line = "vault verify pässwörd; wait"
        #expect(SecretFilter.masked(line).utf8.count == line.utf8.count)
        #expect(SecretFilter.masked(line).hasSuffix("; wait"))
    }

    @Test func aParseErrorQuotesTheLineWithTheVaultPasswordMasked() {
        let source = SourceFile(name: "t.bsh", text: "agent web01; vault verify deadbeefdeadbeef }")
        let host = RecordingHost()
        host.writeDiagnostics(Parser.parse(source).diagnostics, in: source)
        #expect(!host.error.contains("deadbeef"))
        #expect(host.error.contains("""
                1 | agent web01; vault verify **************** }
                  |                                            ^
            """))
    }

    @Test func aTraceHidesThePasswordInAJSONBody() async throws {
        let (_, host, _) = try await runScript("""
            set trace on
            api PUT /agents/x/vault '{"password": "hunter2"}'
            """)
        #expect(host.error.contains(#"'{"password": ***}'"#))
        #expect(!host.error.contains("hunter2"))
    }
}
