import CloudBackupAPI

/// `/srv/large`: a directory of many files, for measuring very large browse results.
enum LargeDirectory {
    /// A tree rooted at `/` holding `/srv/large` with `entries` files of varied sizes.
    static func tree(entries: Int) -> FileNode {
        let files = (0..<entries).map { index in
            FileNode(
                name: RemoteName("report-\(String(index + 1).leftPadded(7)).csv"),
                kind: .file(bytes: (index * 7919) % 1_000_000, mimeType: "text/csv"))
        }
        return FileNode.placing(FileNode(name: RemoteName("/"), kind: .directory(files)), under: "/srv/large")
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
