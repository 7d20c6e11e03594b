import CloudBackupAPI

/// A shell pattern for one path component: `*` any run, `?` any one character, `[abc]`, `[a-z]`,
/// `[!x]` (or `[^x]`) sets. It works on the name's bytes: a valid UTF-8 character is one unit, a
/// byte that starts none is a unit of its own, so names that are not UTF-8 match as well
/// (`caf?.txt` matches `caf\xe9.txt`). There is no backslash escape: the pattern's text is in the
/// escaped form of names (`\xe9` is a byte), and `[*]` matches a literal `*`.
struct NamePattern: Sendable, Equatable {
    enum Token: Sendable, Equatable {
        case literal(UInt32)
        case any
        case star
        case set(ranges: [ClosedRange<UInt32>], negated: Bool)
    }

    let tokens: [Token]

    /// True when the pattern has no `*`, `?` or set: it names one entry.
    var isLiteral: Bool { tokens.allSatisfy { if case .literal = $0 { true } else { false } } }

    init(_ name: RemoteName) throws {
        let units = Self.units(of: name.bytes)
        var tokens: [Token] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            switch unit {
            case UInt32(UInt8(ascii: "*")):
                if tokens.last != .star { tokens.append(.star) }
            case UInt32(UInt8(ascii: "?")): tokens.append(.any)
            case UInt32(UInt8(ascii: "[")): tokens.append(try Self.parseSet(units, &index))
            default: tokens.append(.literal(unit))
            }
        }
        self.tokens = tokens
    }

    /// Whether the pattern matches the whole name (greedy `*`, backtracking to the last star).
    func matches(_ name: RemoteName) -> Bool {
        let units = Self.units(of: name.bytes)
        var (t, p) = (0, 0)
        var star: (pattern: Int, text: Int)?
        while t < units.count {
            if p < tokens.count, tokens[p] == .star {
                star = (p, t)
                p += 1
            } else if p < tokens.count, Self.token(tokens[p], matches: units[t]) {
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
        while p < tokens.count, tokens[p] == .star { p += 1 }
        return p == tokens.count
    }

    private static func token(_ token: Token, matches unit: UInt32) -> Bool {
        switch token {
        case .literal(let literal): literal == unit
        case .any: true
        case .star: false
        case .set(let ranges, let negated): ranges.contains { $0.contains(unit) } != negated
        }
    }

    /// Parses a set after its `[`; a `]` right after `[` or `[!` is a member.
    private static func parseSet(_ units: [UInt32], _ index: inout Int) throws -> Token {
        var negated = false
        if index < units.count, units[index] == UInt32(UInt8(ascii: "!")) || units[index] == UInt32(UInt8(ascii: "^")) {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<UInt32>] = []
        var first = true
        while index < units.count {
            let low = units[index]
            index += 1
            if low == UInt32(UInt8(ascii: "]")) && !first { return .set(ranges: ranges, negated: negated) }
            first = false
            if index + 1 < units.count, units[index] == UInt32(UInt8(ascii: "-")), units[index + 1] != UInt32(UInt8(ascii: "]")) {
                let high = units[index + 1]
                index += 2
                guard low <= high else { throw ShellError.usage("invalid range in pattern", hint: "write ranges low to high, e.g. [a-z]") }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        throw ShellError.usage("unclosed '[' in pattern", hint: "write [[] for a literal '['")
    }

    /// The name as units: a Unicode scalar's value for each valid UTF-8 character, and 0x110000 plus
    /// the byte for each byte that starts none (beyond every scalar, so they never collide).
    static func units(of bytes: [UInt8]) -> [UInt32] {
        var units: [UInt32] = []
        units.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = utf8Length(bytes, at: index)
            if length == 0 {
                units.append(0x11_0000 + UInt32(bytes[index]))
                index += 1
            } else {
                let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars.first!
                units.append(scalar.value)
                index += length
            }
        }
        return units
    }

    private static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
        let length: Int
        switch bytes[index] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
            String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}
