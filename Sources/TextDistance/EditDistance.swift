/// Levenshtein distance, for "did you mean" suggestions.
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions that turn `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidates at most `limit` edits from `name` (by default a third of its length, at least
    /// one), in their order: "did you mean" names. A candidate whose length alone puts it too far is
    /// passed over without comparing, so that a long unknown word costs nothing per candidate.
    public static func near(_ name: String, in candidates: some Sequence<String>, limit: Int? = nil) -> [String] {
        let target = Array(name)
        let limit = limit ?? max(1, target.count / 3)
        // Names are mostly ASCII, where a byte is a character: compared as bytes, they need no
        // breaking into characters. A name has no more characters than bytes, so a candidate too
        // short in bytes is too short.
        let asciiTarget = name.utf8.allSatisfy { $0 < 0x80 } ? Array(name.utf8) : nil
        return candidates.filter { candidate in
            guard candidate.utf8.count >= target.count - limit else { return false }
            if let asciiTarget, candidate.utf8.allSatisfy({ $0 < 0x80 }) {
                return isWithin(limit, Array(candidate.utf8), asciiTarget)
            }
            return isWithin(limit, Array(candidate), target)
        }
    }

    /// True when `a` and `b` are at most `limit` edits apart; stops at the first row of the table
    /// whose every cell is past the limit.
    static func isWithin<Element: Equatable>(_ limit: Int, _ a: [Element], _ b: [Element]) -> Bool {
        guard abs(a.count - b.count) <= limit else { return false }
        guard !a.isEmpty, !b.isEmpty else { return true }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for j in previous.indices { previous[j] = j }
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var least = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                least = min(least, current[j])
            }
            if least > limit { return false }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit
    }

    /// The candidate nearest to `name`, ignoring case, when it is close enough to be a likely typo.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = max(1, min(2, name.count / 3))
        let scored = candidates.map { (candidate: $0, distance: between(name.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        return best.candidate
    }
}
