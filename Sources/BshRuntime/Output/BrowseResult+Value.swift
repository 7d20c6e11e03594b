import BshValues
import CloudBackupAPI

/// Results that build their `Value` directly instead of through a JSON encoding and parse: a browse
/// result may hold a million entries, and the detour would hold the whole document twice more.
protocol ValueConvertible {
    /// The value, with the fields and key order that its JSON encoding (sorted keys) would give.
    var value: Value { get }
}

extension BrowseResult: ValueConvertible {
    var value: Value {
        var fields: [(String, Value)] = []
        if let agent { fields.append(("agent", .record(Record([("id", .string(agent.id))])))) }
        fields.append(("event", .string(event)))
        fields.append(("id", .string(id)))
        fields.append(("items", .list(items.table?.records ?? items.map(\.value))))
        fields.append(("path", .string(path)))
        if let pathEncoded { fields.append(("path_encoded", .string(pathEncoded))) }
        fields.append(("request_id", .string(requestID)))
        fields.append(("succeeded", .bool(succeeded)))
        if let time { fields.append(("time", .string(time))) }
        return .record(Record(fields))
    }
}

extension BrowseItems {
    /// The entries as a column table sharing the entries' own arrays: `bytes`, `mime_type` (left out
    /// when there is none), `name` and `name_encoded` (left out when there is none), in that order.
    var table: ColumnTable? {
        let columns: [(name: String, column: TableColumn)] = [
            ("bytes", .ints(sizes)),
            ("mime_type", .coded(choices: mimeTypes.map { $0.map(Value.string) }, codes: mimeTypeCodes)),
            ("name", .texts(bytes: nameBytes, ends: nameEnds)),
            ("name_encoded", .sparse(encodedNames.mapValues(Value.string))),
        ]
        return ColumnTable(count: count, columns: columns)
    }
}

extension BrowseItem {
    /// The entry as a record of its own, with the fields of a row of `BrowseItems.table`.
    var value: Value {
        var fields: [(String, Value)] = [("bytes", .int(bytes))]
        if let mimeType { fields.append(("mime_type", .string(mimeType))) }
        fields.append(("name", .string(name)))
        if let nameEncoded { fields.append(("name_encoded", .string(nameEncoded))) }
        return .record(Record(fields))
    }
}
