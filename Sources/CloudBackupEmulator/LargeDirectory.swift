import CloudBackupAPI
import Foundation

/// `/srv/large`: a directory of many files, for measuring very large browse results.
enum LargeDirectory {
    /// A tree rooted at `/` holding `/srv/large` with `entries` files of varied sizes.
    static func tree(entries: Int) -> FileNode {
        let files = (0..<entries).map { index in
            FileNode(
                name: RemoteName("report-" + String(format: "%07d", index + 1) + ".csv"),
                kind: .file(bytes: (index * 7919) % 1_000_000, mimeType: "text/csv"))
        }
        return FileNode.placing(FileNode(name: RemoteName("/"), kind: .directory(files)), under: "/srv/large")
    }
}
