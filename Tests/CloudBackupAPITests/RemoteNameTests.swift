import CloudBackupAPI
import Testing

@Suite("Remote names")
struct RemoteNameTests {
    @Test func invalidBytesEscapeAndRoundTrip() {
        let name = RemoteName(bytes: Array("caf".utf8) + [0xE9] + Array(".txt".utf8))
        #expect(!name.isValidUTF8)
        #expect(name.escaped == "caf\\xe9.txt")
        #expect(RemoteName(escaped: name.escaped) == name)
        #expect(name.lossy == "caf\u{FFFD}.txt")
    }

    @Test func validUTF8IsShownAsItIs() {
        let name = RemoteName("résumé ✓.txt")
        #expect(name.isValidUTF8)
        #expect(name.escaped == "résumé ✓.txt")
        #expect(name.encodedIfNeeded == nil)
    }

    @Test func backslashesRoundTrip() {
        let name = RemoteName("a\\b")
        #expect(name.escaped == "a\\\\b")
        #expect(RemoteName(escaped: name.escaped) == name)
    }

    @Test func theBase64CompanionWinsWhenItDecodes() {
        let bytes: [UInt8] = [0x2F, 0xFF, 0x61]
        let encoded = RemoteName(bytes: bytes).base64
        #expect(RemoteName(plain: "/\u{FFFD}a", encoded: encoded).bytes == bytes)
        #expect(RemoteName(plain: "/x", encoded: "not base64!").bytes == Array("/x".utf8))
        #expect(RemoteName(plain: "/x", encoded: nil).bytes == Array("/x".utf8))
    }
}
