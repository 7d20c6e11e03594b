import CloudBackupAPI

/// The paths of some entries of a tree, telling whether a path is one of them or lies under one of
/// their directories, in time proportional to the path's depth rather than to the entries' number:
/// a restore's selection holds up to a walk's worth of entries.
struct CoveringPaths: Sendable {
    private var paths: Set<RemoteName> = []
    private var directories: Set<RemoteName> = []

    init(_ entries: some Sequence<TreeEntry> = []) {
        for entry in entries { insert(entry) }
    }

    mutating func insert(_ entry: TreeEntry) {
        paths.insert(entry.path)
        if entry.kind == .directory || entry.path == RemotePath.root { directories.insert(entry.path) }
    }

    /// Whether `path` is one of the entries or lies under one of their directories.
    func covers(_ path: RemoteName) -> Bool {
        paths.contains(path) || coversBelow(path)
    }

    /// Whether `path` lies under one of the entries' directories (not counting itself).
    func coversBelow(_ path: RemoteName) -> Bool {
        var current = path
        while let (parent, _) = RemotePath.split(current) {
            if directories.contains(parent) { return true }
            current = parent
        }
        return false
    }
}
