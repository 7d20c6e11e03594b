import LineEditing
import Testing

@Suite struct HistoryPolicyTests {
    @Test(arguments: [
        ("ls", nil, true),
        ("ls", "ls", false),
        ("ls ", "ls", true),
        ("", nil, false),
        (" \t ", nil, false),
        (" ls", nil, false),
        ("\tls", nil, true),
    ] as [(String, String?, Bool)])
    func admits(line: String, previous: String?, expected: Bool) {
        #expect(HistoryPolicy().admits(line, after: previous) == expected)
    }

    @Test func consultsShouldSave() {
        let policy = HistoryPolicy(shouldSave: { !$0.hasPrefix("login") })
        #expect(!policy.admits("login user secret", after: nil))
        #expect(policy.admits("logout", after: nil))
    }

    @Test func admitsNothingWithoutRoom() {
        #expect(!HistoryPolicy(maxEntries: 0).admits("ls", after: nil))
    }
}
