import CloudBackupAPI

/// A host's files as they were some days ago, for the snapshots of seeded backups: some files did
/// not exist yet, some were smaller (logs and databases grow), and some that were deleted since
/// were still there. The same for the same host, path and age every time, so that backups of
/// different nights differ the way a real server's do.
extension FileNode {
    /// Directories larger than this are kept as they are: aging them would cost more than it shows.
    static let agingLimit = 10_000

    /// The tree `days` days ago; `seed` makes each host change differently.
    func aged(days: Int, seed: String) -> FileNode {
        guard days > 0 else { return self }
        return aged(days: days, seed: seed, path: "")
    }

    private func aged(days: Int, seed: String, path: String) -> FileNode {
        guard let children, children.count <= Self.agingLimit else { return self }
        var kept: [FileNode] = []
        for child in children {
            let childPath = path + "/" + child.name.lossy
            let hash = StableHash.fnv1a(seed + childPath)
            guard case .file(let bytes, let mimeType) = child.kind else {
                kept.append(child.aged(days: days, seed: seed, path: childPath))
                continue
            }
            switch hash % 7 {
            case 0 where days > Int(hash / 7 % 4):
                // Created since.
                continue
            case 1 where bytes >= 4096:
                // Grown since: about 3 % a day, down to 40 % of today's size.
                let shrunk = bytes * (100 - min(days * 3, 60)) / 100
                kept.append(FileNode(name: child.name, kind: .file(bytes: shrunk, mimeType: mimeType)))
            case 2 where days > Int(hash / 7 % 5):
                // A copy deleted since, kept beside the file.
                kept.append(child)
                let copy = RemoteName(bytes: child.name.bytes + Array(".bak".utf8))
                kept.append(FileNode(name: copy, kind: .file(bytes: bytes, mimeType: mimeType)))
            default:
                kept.append(child)
            }
        }
        return FileNode(name: name, kind: .directory(kept.sorted { $0.name < $1.name }))
    }
}
