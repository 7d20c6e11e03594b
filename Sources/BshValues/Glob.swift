/// A whole-string glob pattern: `*` any run, `?` any one character, `[abc]`, `[a-z]`,
/// `[!x]` (or `[^x]`) sets, and `\` to take the next character literally. Case-sensitive.
struct Glob: Sendable {
    enum Token: Sendable {
        case literal(Character)
        case any
        case star
        case set(items: [ClosedRange<Character>], negated: Bool)

        func matches(_ character: Character) -> Bool {
            switch self {
            case .literal(let literal): literal == character
            case .any: true
            case .star: false
            case .set(let items, let negated): items.contains { $0.contains(character) } != negated
            }
        }
    }

    let tokens: [Token]

    init(_ pattern: String) throws {
        let characters = Array(pattern)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "*": tokens.append(.star)
            case "?": tokens.append(.any)
            case "\\": tokens.append(.literal(index < characters.count ? characters[index] : "\\")); index += 1
            case "[": tokens.append(try Self.parseSet(characters, &index))
            default: tokens.append(.literal(character))
            }
        }
        self.tokens = tokens
    }

    /// Parses a set after its `[`; a `]` right after `[` or `[!` is a member.
    static func parseSet(_ characters: [Character], _ index: inout Int) throws -> Token {
        let start = index - 1
        var negated = false
        if index < characters.count, characters[index] == "!" || characters[index] == "^" {
            negated = true
            index += 1
        }
        var items: [ClosedRange<Character>] = []
        var first = true
        while index < characters.count {
            var low = characters[index]
            index += 1
            if low == "]" && !first { return .set(items: items, negated: negated) }
            first = false
            if low == "\\", index < characters.count {
                low = characters[index]
                index += 1
            }
            if index + 1 < characters.count, characters[index] == "-", characters[index + 1] != "]" {
                let high = characters[index + 1]
                index += 2
                guard low <= high else { throw ValueError("invalid range '\(low)-\(high)' in pattern") }
                items.append(low...high)
            } else {
                items.append(low...low)
            }
        }
        throw ValueError("unclosed '[' at position \(start) in pattern", hint: "write \\[ for a literal '['")
    }

    /// Whether the pattern matches the whole text (greedy `*` with backtracking to the last star).
    func matches(_ text: String) -> Bool {
        let characters = Array(text)
        var (t, p) = (0, 0)
        var star: (pattern: Int, text: Int)?
        while t < characters.count {
            if p < tokens.count, case .star = tokens[p] {
                star = (p, t)
                p += 1
            } else if p < tokens.count, tokens[p].matches(characters[t]) {
                p += 1
                t += 1
            } else if let last = star {
                star = (last.pattern, last.text + 1)
                p = last.pattern + 1
                t = last.text + 1
            } else {
                return false
            }
        }
        while p < tokens.count, case .star = tokens[p] { p += 1 }
        return p == tokens.count
    }
}
