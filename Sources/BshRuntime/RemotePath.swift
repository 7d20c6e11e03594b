import CloudBackupAPI

/// Paths on an agent's host, resolved the way a shell resolves them: relative to a current
/// directory, with `.` and `..` folded away. Works on bytes, so names that are not UTF-8 survive.
enum RemotePath {
    static let root = RemoteName("/")

    /// `path` resolved against `directory` (itself absolute).
    static func resolve(_ path: RemoteName, from directory: RemoteName) -> RemoteName {
        let slash = UInt8(ascii: "/")
        let joined = path.bytes.first == slash ? path.bytes : directory.bytes + [slash] + path.bytes
        var parts: [[UInt8]] = []
        for part in joined.split(separator: slash, omittingEmptySubsequences: true) {
            switch Array(part) {
            case Array(".".utf8): continue
            case Array("..".utf8): _ = parts.popLast()
            default: parts.append(Array(part))
            }
        }
        return RemoteName(bytes: [slash] + Array(parts.joined(separator: [slash])))
    }

    /// The directory holding `path`, and the last component; nil for the root.
    static func split(_ path: RemoteName) -> (parent: RemoteName, name: RemoteName)? {
        let slash = UInt8(ascii: "/")
        guard path.bytes.count > 1, let last = path.bytes.lastIndex(of: slash) else { return nil }
        let parent = last == 0 ? root : RemoteName(bytes: Array(path.bytes[..<last]))
        return (parent, RemoteName(bytes: Array(path.bytes[(last + 1)...])))
    }
}

