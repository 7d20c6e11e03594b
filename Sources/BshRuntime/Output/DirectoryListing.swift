import BshValues
import CloudBackupAPI

/// What `ls` returns: the directory's entries as records like `find`'s (`path`, `name`, `type`,
/// `bytes`), in the order of the listing printed for people, so that `ls /etc | first 3` is three
/// entries and `mark` takes them by their `path`.
struct DirectoryListing: Encodable, Sendable, ValueConvertible {
    let result: BrowseResult
    let directory: RemoteName

    var entries: [TreeEntry] {
        result.items.indicesByName.map { TreeEntry(result.items[$0], in: directory) }
    }

    var value: Value { .list(entries.map(\.value)) }

    /// One JSON line per entry, for `--output ndjson`.
    var lines: [String] { entries.map { $0.value.jsonText() } }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for entry in entries {
            try container.encode(EncodedEntry(entry))
        }
    }

    /// An entry in the fields of its record.
    private struct EncodedEntry: Encodable {
        let path: String, name: String, type: String, bytes: Int
        let pathEncoded: String?, nameEncoded: String?

        init(_ entry: TreeEntry) {
            path = entry.path.escaped
            name = entry.name.escaped
            type = entry.kind.rawValue
            bytes = entry.bytes
            pathEncoded = entry.path.encodedIfNeeded
            nameEncoded = entry.name.encodedIfNeeded
        }

        enum CodingKeys: String, CodingKey {
            case path, name, type, bytes
            case pathEncoded = "path_encoded"
            case nameEncoded = "name_encoded"
        }
    }
}

extension CommandResult {
    /// A directory's listing: printed as `ls` prints it, its value the entries.
    static func listing(_ result: BrowseResult, of directory: RemoteName) -> CommandResult {
        let listing = DirectoryListing(result: result, directory: directory)
        return CommandResult(output: .document(Document(listing, lines: { listing.lines }) { $0.browse(result) }))
    }
}

extension BrowseItems {
    /// The entries' indices in the byte order of their names, as a listing shows them. Names without
    /// an encoded form compare in place, with no item built.
    var indicesByName: [Int] {
        let plain = encodedNames.isEmpty
        return indices.sorted { a, b in
            guard plain || (encodedNames[a] == nil && encodedNames[b] == nil) else {
                return self[a].remoteName < self[b].remoteName
            }
            return nameUTF8(at: a).lexicographicallyPrecedes(nameUTF8(at: b))
        }
    }
}
