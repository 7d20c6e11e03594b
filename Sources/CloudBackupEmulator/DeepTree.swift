import CloudBackupAPI

/// `/home/archive`: many nested directories, each with a few files, for measuring walks of large
/// trees (`find`, `estimate`). Under `/home`, so that the seeded backups hold it too.
enum DeepTree {
    /// How many subdirectories each directory has: the tree is as shallow as that allows.
    static let fanOut = 10

    /// A tree rooted at `/` holding `/home/archive` with `directories` directories below it.
    static func tree(directories: Int) -> FileNode {
        let archive = directory(0, name: RemoteName("archive"), count: directories)
        return FileNode.placing(FileNode(name: RemoteName("/"), kind: .directory([archive])), under: "/home")
    }

    /// Directory `index` in breadth-first order (the archive is 0): its files, and the directories
    /// `index * fanOut + 1 …` that exist.
    private static func directory(_ index: Int, name: RemoteName, count: Int) -> FileNode {
        var entries = [
            FileNode(name: RemoteName("app-\(index).log"), kind: .file(bytes: (index * 7_919) % 900_000 + 100, mimeType: "text/plain")),
            FileNode(name: RemoteName("data-\(index).csv"), kind: .file(bytes: (index * 104_729) % 2_000_000, mimeType: "text/csv")),
            FileNode(name: RemoteName("notes.txt"), kind: .file(bytes: 300 + index % 700, mimeType: "text/plain")),
        ]
        for child in 1...fanOut where index * fanOut + child <= count {
            entries.append(directory(index * fanOut + child, name: RemoteName("d\(child - 1)"), count: count))
        }
        return FileNode(name: name, kind: .directory(entries.sorted { $0.name < $1.name }))
    }
}
