import CloudBackupAPI

/// One entry of a simulated host's file system: names are raw bytes, as on a Unix host.
struct FileNode: Sendable {
    enum Kind: Sendable {
        case file(bytes: Int, mimeType: String)
        case directory([FileNode])
        case symlink
    }

    var name: RemoteName
    var kind: Kind

    /// What `stat` reports for a directory on ext4.
    static let directoryBytes = 4096

    var children: [FileNode]? {
        if case .directory(let children) = kind { return children }
        return nil
    }

    /// The entry as an agent lists it in a browse result.
    var browseItem: BrowseItem {
        let (bytes, mimeType): (Int, String) =
            switch kind {
            case .file(let bytes, let mimeType): (bytes, mimeType)
            case .directory: (Self.directoryBytes, MimeType.directory)
            case .symlink: (0, MimeType.symlink)
            }
        return BrowseItem(name: name.lossy, nameEncoded: name.encodedIfNeeded, bytes: bytes, mimeType: mimeType)
    }

    /// The node an absolute path names below this one (the root), resolving `.` and `..`.
    /// Symlinks are not followed: an agent lists the link itself.
    func node(at path: RemoteName) -> FileNode? {
        guard path.bytes.first == UInt8(ascii: "/") else { return nil }
        var trail: [FileNode] = [self]
        for component in path.bytes.split(separator: UInt8(ascii: "/")) {
            switch Array(component) {
            case [UInt8(ascii: ".")]:
                continue
            case [UInt8(ascii: "."), UInt8(ascii: ".")]:
                if trail.count > 1 { trail.removeLast() }
            case let bytes:
                guard let child = trail.last?.children?.first(where: { $0.name.bytes == bytes }) else { return nil }
                trail.append(child)
            }
        }
        return trail.last
    }
}
