/// A whole-text glob pattern over any kind of unit (characters, or the units of a file name's
/// bytes): `*` any run, `?` any one unit, `[abc]`, `[a-z]`, `[!x]` (or `[^x]`) sets, and, when the
/// syntax has one, an escape that takes the next unit literally.
public struct GlobPattern<Unit: Comparable & Sendable>: Sendable, Equatable {
    public enum Token: Sendable, Equatable {
        case literal(Unit)
        case any
        case star
        case set(ranges: [ClosedRange<Unit>], negated: Bool)
    }

    /// The units that have a meaning in a pattern.
    public struct Syntax: Sendable {
        public let star, any, open, close, bang, caret, dash: Unit
        /// Takes the next unit literally; nil when the syntax has no escape.
        public let escape: Unit?

        public init(star: Unit, any: Unit, open: Unit, close: Unit, bang: Unit, caret: Unit, dash: Unit, escape: Unit?) {
            (self.star, self.any, self.open, self.close, self.bang, self.caret, self.dash) = (star, any, open, close, bang, caret, dash)
            self.escape = escape
        }
    }

    public let tokens: [Token]

    /// True when the pattern has no wildcard or set: it matches one text.
    public var isLiteral: Bool { tokens.allSatisfy { if case .literal = $0 { true } else { false } } }

    public init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses `units`; an unclosed `[` or a range written high to low is an error.
    public init(_ units: [Unit], syntax: Syntax) throws(Problem) {
        var tokens: [Token] = []
        var index = 0
        while index < units.count {
            let unit = units[index]
            index += 1
            switch unit {
            case syntax.star: if tokens.last != .star { tokens.append(.star) }
            case syntax.any: tokens.append(.any)
            case syntax.escape: tokens.append(.literal(index < units.count ? units[index] : unit)); index += 1
            case syntax.open: tokens.append(try Self.parseSet(units, &index, syntax: syntax))
            default: tokens.append(.literal(unit))
            }
        }
        self.tokens = tokens
    }

    /// Parses a set after its `[`; a `]` right after `[` or `[!` is a member.
    private static func parseSet(_ units: [Unit], _ index: inout Int, syntax: Syntax) throws(Problem) -> Token {
        let start = index - 1
        var negated = false
        if index < units.count, units[index] == syntax.bang || units[index] == syntax.caret {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unit>] = []
        var first = true
        while index < units.count {
            var low = units[index]
            index += 1
            if low == syntax.close && !first { return .set(ranges: ranges, negated: negated) }
            first = false
            if low == syntax.escape, index < units.count {
                low = units[index]
                index += 1
            }
            if index + 1 < units.count, units[index] == syntax.dash, units[index + 1] != syntax.close {
                let high = units[index + 1]
                index += 2
                guard low <= high else { throw Problem.invalidRange(low, high) }
                ranges.append(low...high)
            } else {
                ranges.append(low...low)
            }
        }
        throw Problem.unclosedSet(at: start)
    }

    /// Whether the pattern matches the whole text (greedy `*` with backtracking to the last star).
    public func matches(_ units: [Unit]) -> Bool {
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

    private static func token(_ token: Token, matches unit: Unit) -> Bool {
        switch token {
        case .literal(let literal): literal == unit
        case .any: true
        case .star: false
        case .set(let ranges, let negated): ranges.contains { $0.contains(unit) } != negated
        }
    }
}

extension GlobPattern {
    /// Why a pattern could not be read.
    public enum Problem: Error, Sendable {
        /// A `[` at this position is never closed.
        case unclosedSet(at: Int)
        /// A range is written high to low.
        case invalidRange(Unit, Unit)
    }
}

/// The `like` operator's patterns: over characters, with `\` to take the next one literally.
struct Glob: Sendable {
    static let syntax = GlobPattern<Character>.Syntax(
        star: "*", any: "?", open: "[", close: "]", bang: "!", caret: "^", dash: "-", escape: "\\")

    let pattern: GlobPattern<Character>

    init(_ text: String) throws {
        do {
            pattern = try GlobPattern(Array(text), syntax: Self.syntax)
        } catch .unclosedSet(let start) {
            throw ValueError("unclosed '[' at position \(start) in pattern", hint: "write \\[ for a literal '['")
        } catch .invalidRange(let low, let high) {
            throw ValueError("invalid range '\(low)-\(high)' in pattern")
        }
    }

    func matches(_ text: String) -> Bool {
        pattern.matches(Array(text))
    }
}
