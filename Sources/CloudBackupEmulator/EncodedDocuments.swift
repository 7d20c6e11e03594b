import Hummingbird

/// Each record's JSON document, encoded once and kept with the value it was encoded from. The
/// kept bytes are served while the record's value is equal to that value; a record that changed in
/// any way is encoded again, so a change shows on the next request without an invalidation to
/// forget anywhere it is made.
struct EncodedDocuments<Source: Equatable & Sendable>: Sendable {
    private var kept: [String: (source: Source, json: ByteBuffer)] = [:]

    /// The record's document: the kept one when `source` is unchanged, else `encode(source)`, kept.
    mutating func json(id: String, source: Source, encode: (Source) throws -> ByteBuffer) rethrows -> ByteBuffer {
        if let entry = kept[id], entry.source == source { return entry.json }
        let json = try encode(source)
        kept[id] = (source, json)
        return json
    }

    /// Forgets the documents of records that are gone.
    mutating func keepOnly(_ ids: Set<String>) {
        guard kept.count > ids.count || kept.keys.contains(where: { !ids.contains($0) }) else { return }
        kept = kept.filter { ids.contains($0.key) }
    }

    /// The number of documents kept.
    var count: Int { kept.count }
}
