/// The entries of a browse result, stored by column: every name's bytes in one buffer, sizes in one
/// array, MIME types as small codes into the few distinct types, and the rare `name_encoded` apart.
/// A directory can hold a million entries; as `[BrowseItem]` each would carry its own name string
/// (a heap allocation for names over 15 bytes) and 56 bytes of fields. An item is built on access.
public struct BrowseItems: RandomAccessCollection, Sendable, Codable {
    /// The UTF-8 bytes of every name, one after another.
    public private(set) var nameBytes: [UInt8] = []
    /// Where each name ends in `nameBytes`; a name starts where the one before it ends.
    public private(set) var nameEnds: [Int] = []
    /// Each entry's `bytes`.
    public private(set) var sizes: [Int] = []
    /// The distinct MIME types in the order first seen; nil for an entry without one.
    public private(set) var mimeTypes: [String?] = []
    /// Each entry's MIME type, as an index into `mimeTypes`.
    public private(set) var mimeTypeCodes: [Int32] = []
    /// `name_encoded` of the entries that have one, by position.
    public private(set) var encodedNames: [Int: String] = [:]
    private var mimeTypeIndex: [String?: Int32] = [:]

    /// No entries.
    public init() {}

    /// These entries, in order.
    public init<S: Sequence>(_ items: S) where S.Element == BrowseItem {
        for item in items { append(item) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sizes.count }

    public subscript(position: Int) -> BrowseItem {
        BrowseItem(
            name: name(at: position), nameEncoded: encodedNames[position], bytes: sizes[position],
            mimeType: mimeType(at: position))
    }

    /// The name of the entry at `position`, without building the rest of the item.
    public func name(at position: Int) -> String {
        String(decoding: nameUTF8(at: position), as: UTF8.self)
    }

    /// The UTF-8 bytes of the name of the entry at `position`.
    public func nameUTF8(at position: Int) -> ArraySlice<UInt8> {
        nameBytes[nameStart(at: position)..<nameEnds[position]]
    }

    /// Where the name of the entry at `position` starts in `nameBytes`.
    public func nameStart(at position: Int) -> Int {
        position == 0 ? 0 : nameEnds[position - 1]
    }

    /// The MIME type of the entry at `position`.
    public func mimeType(at position: Int) -> String? {
        mimeTypes[Int(mimeTypeCodes[position])]
    }

    /// Adds an entry at the end.
    public mutating func append(_ item: BrowseItem) {
        var name = item.name
        name.withUTF8 { nameBytes.append(contentsOf: $0) }
        finishEntry(nameEncoded: item.nameEncoded, bytes: item.bytes, mimeType: item.mimeType)
    }

    /// Adds an entry whose name is the bytes appended with `appendNameBytes(_:)` since the last entry.
    public mutating func finishEntry(nameEncoded: String?, bytes: Int, mimeType: String?) {
        if let nameEncoded { encodedNames[sizes.count] = nameEncoded }
        nameEnds.append(nameBytes.count)
        sizes.append(bytes)
        mimeTypeCodes.append(code(of: mimeType))
    }

    /// Appends bytes of the name of the entry about to be added.
    public mutating func appendNameBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        nameBytes.append(contentsOf: bytes)
    }

    /// Makes room for `count` entries whose names take `nameBytes` bytes in all.
    public mutating func reserveCapacity(_ count: Int, nameBytes: Int) {
        self.nameBytes.reserveCapacity(nameBytes)
        nameEnds.reserveCapacity(count)
        sizes.reserveCapacity(count)
        mimeTypeCodes.reserveCapacity(count)
    }

    private mutating func code(of mimeType: String?) -> Int32 {
        if let code = mimeTypeIndex[mimeType] { return code }
        let code = Int32(mimeTypes.count)
        mimeTypes.append(mimeType)
        mimeTypeIndex[mimeType] = code
        return code
    }

    public init(from decoder: any Decoder) throws {
        self.init(try [BrowseItem](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for item in self { try container.encode(item) }
    }
}

extension BrowseItems: Equatable {
    /// The same entries in the same order, however each side came to store them.
    public static func == (lhs: BrowseItems, rhs: BrowseItems) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
