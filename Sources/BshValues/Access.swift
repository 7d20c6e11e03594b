/// Member (`$x.name`) and index (`$x[0]`) access.
public extension Value {
    /// A field of a record (null when missing). On a list, the member of every element
    /// (`$agents.name` is the list of names); on null, null.
    func member(_ name: String) throws -> Value {
        switch self {
        case .record(let record): return record[name] ?? .null
        case .list(let list): return .list(try list.map { try $0.member(name) })
        case .null: return .null
        default:
            throw ValueError("\(described) has no field '\(name)'", hint: "fields exist on records and lists of records")
        }
    }

    /// An element of a list or a character of a string by position (negative counts from
    /// the end, out of range is null), or a field of a record by name (null when missing).
    func index(_ index: Value) throws -> Value {
        switch self {
        case .list(let list):
            guard let position = try Self.position(index, count: list.count, of: self) else { return .null }
            return list[position]
        case .string(let string):
            let characters = Array(string)
            guard let position = try Self.position(index, count: characters.count, of: self) else { return .null }
            return .string(String(characters[position]))
        case .record(let record):
            guard case .string(let key) = index else {
                throw ValueError("a record is indexed by a field name, not \(index.described)", hint: "e.g. `$r[\"name\"]`")
            }
            return record[key] ?? .null
        case .null:
            return .null
        default:
            throw ValueError("cannot index \(described)", hint: "lists, strings and records can be indexed")
        }
    }

    /// The array position for an index into a collection of `count` elements, nil when out of range.
    private static func position(_ index: Value, count: Int, of container: Value) throws -> Int? {
        let whole: Int? = switch index {
        case .int(let int): int
        case .double(let double): Int(exactly: double)
        default: nil
        }
        guard let whole else {
            throw ValueError("\(container.described) index must be a whole number, not \(index.described)")
        }
        let position = whole < 0 ? count + whole : whole
        return position >= 0 && position < count ? position : nil
    }
}
