import CloudBackupAPI
import Foundation

/// Builds the children of a directory from a block that reads like a listing.
@resultBuilder
enum FileTreeBuilder {
    static func buildExpression(_ node: FileNode) -> [FileNode] { [node] }
    static func buildBlock(_ parts: [FileNode]...) -> [FileNode] { parts.flatMap { $0 } }
    static func buildOptional(_ part: [FileNode]?) -> [FileNode] { part ?? [] }
    static func buildEither(first part: [FileNode]) -> [FileNode] { part }
    static func buildEither(second part: [FileNode]) -> [FileNode] { part }
    static func buildArray(_ parts: [[FileNode]]) -> [FileNode] { parts.flatMap { $0 } }
}

/// The words of the tree DSL, for types that describe a host's files.
protocol FileTreeDescribing {
    /// Makes sizes differ from host to host, deterministically.
    var sizeSeed: String { get }
}

extension FileTreeDescribing {
    func dir(_ name: String, @FileTreeBuilder _ content: () -> [FileNode] = { [] }) -> FileNode {
        FileNode(name: RemoteName(name), kind: .directory(content().sorted { $0.name < $1.name }))
    }

    /// A directory whose name is the Latin-1 encoding of `name`: not valid UTF-8.
    func dir(latin1 name: String, @FileTreeBuilder _ content: () -> [FileNode] = { [] }) -> FileNode {
        FileNode(name: Self.latin1(name), kind: .directory(content().sorted { $0.name < $1.name }))
    }

    /// A regular file of about `bytes` bytes; the MIME type follows from the name unless given.
    func file(_ name: String, _ bytes: Int, mime: String? = nil) -> FileNode {
        FileNode(
            name: RemoteName(name),
            kind: .file(bytes: vary(bytes, by: name), mimeType: mime ?? MimeTypes.guess(for: name)))
    }

    /// A regular file whose name is the Latin-1 encoding of `name`: not valid UTF-8.
    func file(latin1 name: String, _ bytes: Int, mime: String? = nil) -> FileNode {
        FileNode(
            name: Self.latin1(name),
            kind: .file(bytes: vary(bytes, by: name), mimeType: mime ?? MimeTypes.guess(for: name)))
    }

    func link(_ name: String) -> FileNode {
        FileNode(name: RemoteName(name), kind: .symlink)
    }

    /// `bytes` moved by up to ±12 %, the same for the same host and name every time.
    /// Small files (configuration written once) keep their size.
    private func vary(_ bytes: Int, by name: String) -> Int {
        guard bytes >= 4096 else { return bytes }
        let hash = StableHash.fnv1a(sizeSeed + "/" + name)
        let permille = Int(hash % 241) - 120
        return bytes + bytes * permille / 1000
    }

    private static func latin1(_ name: String) -> RemoteName {
        RemoteName(bytes: Array(name.data(using: .isoLatin1) ?? Data(name.utf8)))
    }
}

/// A hash that, unlike `Hasher`, is the same in every process.
enum StableHash {
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
