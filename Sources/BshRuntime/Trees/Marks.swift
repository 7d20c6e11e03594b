import BshValues
import CloudBackupAPI

/// What is marked in one tree for a restore: `mark` and `unmark` patterns in the order given. A path
/// is selected when the last rule that covers it (matches it or a directory above it) is a mark.
/// Rules stay patterns, so directories not browsed yet are selected too.
struct Marks: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var pattern: PathPattern
        var marks: Bool
    }

    private(set) var rules: [Rule] = []

    var isEmpty: Bool { !rules.contains(where: \.marks) }

    /// Whether `path` is in the selection.
    func isSelected(_ path: RemoteName) -> Bool {
        rules.last { $0.pattern.covers(path) }?.marks ?? false
    }

    /// Adds a mark; marking the same pattern again moves it last (it wins over earlier unmarks).
    mutating func mark(_ pattern: PathPattern) {
        rules.removeAll { $0.pattern == pattern }
        rules.append(Rule(pattern: pattern, marks: true))
    }

    /// Removes a mark given again, or adds an exception to marks that cover the pattern. False when
    /// nothing marked covers it: there is nothing to unmark.
    mutating func unmark(_ pattern: PathPattern) -> Bool {
        if let index = rules.lastIndex(where: { $0.pattern == pattern && $0.marks }) {
            rules.remove(at: index)
            // An exception inside what is no longer marked has nothing left to except.
            let kept = rules.filter(\.marks)
            rules.removeAll { rule in !rule.marks && !kept.contains { $0.pattern.covers(rule.pattern.literalPrefix) } }
            return true
        }
        guard rules.contains(where: { $0.marks && ($0.pattern.covers(pattern.literalPrefix) || pattern.covers($0.pattern.literalPrefix)) })
        else { return false }
        rules.append(Rule(pattern: pattern, marks: false))
        return true
    }

    /// Forgets every rule.
    mutating func clear() { rules = [] }
}

/// The marks of every tree a session has worked on, by the tree's cache key.
struct MarkTable: Sendable {
    private var byTree: [String: Marks] = [:]

    subscript(tree: FileTree) -> Marks {
        get { byTree[tree.cacheKey] ?? Marks() }
        set { byTree[tree.cacheKey] = newValue }
    }
}
