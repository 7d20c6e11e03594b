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
        // The four shapes an item can have (an absent optional is left out, as the encoder does), each
        // key array shared by all the items of that shape.
        let shapes = [
            ["bytes", "name"], ["bytes", "mime_type", "name"], ["bytes", "name", "name_encoded"],
            ["bytes", "mime_type", "name", "name_encoded"],
        ]
        fields.append(("items", .list(items.map { item in
            let shape = (item.mimeType == nil ? 0 : 1) + (item.nameEncoded == nil ? 0 : 2)
            // Exactly as many slots as fields: a million items would otherwise carry 16 MB of spare capacity.
            var values: [Value] = []
            values.reserveCapacity(shapes[shape].count)
            values.append(.int(item.bytes))
            if let mimeType = item.mimeType { values.append(.string(mimeType)) }
            values.append(.string(item.name))
            if let nameEncoded = item.nameEncoded { values.append(.string(nameEncoded)) }
            return .record(Record(sharing: shapes[shape], values: values))
        })))
        fields.append(("path", .string(path)))
        if let pathEncoded { fields.append(("path_encoded", .string(pathEncoded))) }
        fields.append(("request_id", .string(requestID)))
        fields.append(("succeeded", .bool(succeeded)))
        if let time { fields.append(("time", .string(time))) }
        return .record(Record(fields))
    }
}
