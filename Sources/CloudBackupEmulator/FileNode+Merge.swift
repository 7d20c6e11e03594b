import CloudBackupAPI

extension FileNode {
    /// This directory with `other`'s entries merged in: directories merge, and a file replaces
    /// an existing entry only when `overwrite` is set (a restore's `overwrite_files`).
    func merging(_ other: FileNode, overwrite: Bool) -> FileNode {
        guard var children = self.children, let incoming = other.children else { return overwrite ? other : self }
        for entry in incoming {
            if let index = children.firstIndex(where: { $0.name.bytes == entry.name.bytes }) {
                let existing = children[index]
                if existing.children != nil, entry.children != nil {
                    children[index] = existing.merging(entry, overwrite: overwrite)
                } else if overwrite {
                    children[index] = entry
                }
            } else {
                children.append(entry)
            }
        }
        return FileNode(name: name, kind: .directory(children))
    }

    /// `tree` placed below the absolute directory `path`, as a tree rooted at `/`.
    static func placing(_ tree: FileNode, under path: String) -> FileNode {
        var children = tree.children ?? []
        for component in path.split(separator: "/").reversed() {
            children = [FileNode(name: RemoteName(String(component)), kind: .directory(children))]
        }
        return FileNode(name: tree.name, kind: .directory(children))
    }
}
