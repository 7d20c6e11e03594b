import BshValues
import Testing

@Suite struct GlobTests {
    func matches(_ text: String, _ pattern: String) throws -> Bool {
        try Value.apply(.matches, .string(text), .string(pattern)) == .bool(true)
    }

    @Test(arguments: [
        ("abc", "abc", true), ("abc", "ab", false), ("abc", "*", true), ("", "*", true), ("", "?", false),
        ("abc", "a*", true), ("abc", "*c", true), ("abc", "*b", false), ("abc", "a?c", true), ("ac", "a?c", false),
        ("aXbXc", "a*b*c", true), ("abcbd", "a*bd", true), ("abcbdx", "a*bd", false), ("mississippi", "m*iss*ppi", true),
        ("b", "[abc]", true), ("d", "[abc]", false), ("m", "[a-z]", true), ("M", "[a-z]", false),
        ("x", "[!x]", false), ("y", "[!x]", true), ("y", "[^x]", true), ("]", "[]]", true), ("-", "[a-]", true),
        ("*", "\\*", true), ("a", "\\*", false), ("a*b", "a\\*b", true), ("[", "\\[", true), ("ABC", "abc", false),
        ("héllo", "h?llo", true), ("web-01.example", "web-0[0-9].*", true),
    ])
    func globCases(text: String, pattern: String, expected: Bool) throws {
        #expect(try matches(text, pattern) == expected)
    }

    @Test func badPatterns() {
        #expect(errorMessage { try matches("a", "[abc") } == "unclosed '[' at position 0 in pattern")
        #expect(errorMessage { try matches("a", "[z-a]") } == "invalid range 'z-a' in pattern")
    }
}
