import CloudBackupAPI

/// The marked selection of a tree made concrete: the entries the marks match now (browsing where
/// needed), as a restore's inclusions and exclusions.
struct Selection: Sendable {
    var inclusions: [TreeEntry] = []
    var exclusions: [TreeEntry] = []
    /// What the service's rules cannot say exactly, for the person.
    var notes: [String] = []
}

extension Shell {
    /// The entries of a tree a pattern matches now. A literal path is looked up in its parent's
    /// listing; a pattern is searched from its literal part down, into directories that could hold
    /// matches, not inside the directories that match (they are covered whole).
    func matches(of pattern: PathPattern, in tree: FileTree) async throws -> [TreeEntry] {
        if pattern.isLiteral { return try await entry(at: pattern.path, in: tree).map { [$0] } ?? [] }
        var found: [TreeEntry] = []
        try await walk(
            tree, from: [pattern.literalPrefix],
            descend: { pattern.mayMatchBelow($0.path) && !pattern.matches($0.path) },
            visit: { if pattern.matches($0.path) { found.append($0) } })
        return found
    }

    /// The selection the marks of `tree` make. Fails when a mark matches nothing.
    func selection(of marks: Marks, in tree: FileTree) async throws -> Selection {
        var selection = Selection()
        var included = CoveringPaths(), excluded = CoveringPaths()
        for rule in marks.rules {
            let found = try await matches(of: rule.pattern, in: tree)
            if rule.marks {
                guard !found.isEmpty else {
                    throw ShellError.failure(
                        "'\(rule.pattern.path.escaped)' matches nothing in \(tree.label)",
                        hint: "'unmark \(rule.pattern.path.escaped)' drops it; 'find' looks for names")
                }
                for entry in found where marks.isSelected(entry.path) {
                    if excluded.covers(entry.path) {
                        selection.notes.append(
                            "note: \(entry.path.escaped) is inside an unmarked directory; the service applies exclusions last, so it is left out")
                    }
                    selection.inclusions.append(entry)
                    included.insert(entry)
                }
            } else {
                for entry in found where !marks.isSelected(entry.path) && included.covers(entry.path) {
                    selection.exclusions.append(entry)
                    excluded.insert(entry)
                }
            }
        }
        // An entry under another included directory, or included twice, adds nothing.
        var kept = Set<RemoteName>()
        selection.inclusions = selection.inclusions.filter { !included.coversBelow($0.path) && kept.insert($0.path).inserted }
        return selection
    }

    /// Files, bytes and directories in a selection: directories are walked to the bottom.
    func estimate(_ selection: Selection, in tree: FileTree) async throws -> (files: Int, bytes: Int, directories: Int) {
        var totals = (files: 0, bytes: 0, directories: 0)
        let exclusions = CoveringPaths(selection.exclusions)
        let excluded = { (path: RemoteName) in exclusions.covers(path) }
        func count(_ entry: TreeEntry) {
            switch entry.kind {
            case .directory: totals.directories += 1
            case .file, .symlink: (totals.files, totals.bytes) = (totals.files + 1, totals.bytes + entry.bytes)
            }
        }
        selection.inclusions.forEach(count)
        let directories = selection.inclusions.filter { $0.kind == .directory }.map(\.path)
        try await walk(tree, from: directories, descend: { !excluded($0.path) }, visit: { entry in
            if !excluded(entry.path) { count(entry) }
        })
        return totals
    }
}
