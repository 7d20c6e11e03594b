import BshValues
import CloudBackupAPI

/// One entry of a tree found by `find`, `marks`, `versions` or `diff`, with its full path.
struct TreeEntry: Sendable, Equatable {
    enum Kind: String, Sendable {
        case file, directory, symlink
    }

    var path: RemoteName
    var bytes: Int
    var kind: Kind

    init(path: RemoteName, bytes: Int, kind: Kind) {
        self.path = path
        self.bytes = bytes
        self.kind = kind
    }

    /// The entry an item of `directory`'s listing describes.
    init(_ item: BrowseItem, in directory: RemoteName) {
        let separator: [UInt8] = directory.bytes == [UInt8(ascii: "/")] ? [] : [UInt8(ascii: "/")]
        self.path = RemoteName(bytes: directory.bytes + separator + item.remoteName.bytes)
        self.bytes = item.isDirectory ? 0 : item.bytes
        self.kind = item.isDirectory ? .directory : item.mimeType == MimeType.symlink ? .symlink : .file
    }

    var name: RemoteName { RemotePath.split(path)?.name ?? path }

    /// The entry as a record: `path` and `name` in the escaped form that commands read back (bytes
    /// that are not UTF-8 written `\xNN`), with the service's base64 `*_encoded` fields beside them
    /// for such names.
    var value: Value {
        let values: [Value] = [.string(path.escaped), .string(name.escaped), .string(kind.rawValue), .int(bytes)]
        let pathEncoded = path.encodedIfNeeded, nameEncoded = name.encodedIfNeeded
        guard pathEncoded != nil || nameEncoded != nil else { return .record(Record(sharing: Self.keys, values: values)) }
        var fields = Array(zip(Self.keys, values))
        if let pathEncoded { fields.append(("path_encoded", .string(pathEncoded))) }
        if let nameEncoded { fields.append(("name_encoded", .string(nameEncoded))) }
        return .record(Record(fields))
    }

    /// The fields of every entry, one array that all their records share.
    private static let keys = ["path", "name", "type", "bytes"]
}
