/// Named fields in insertion order (for JSON, the order of the document).
///
/// Keys and values live in two arrays so that records decoded from the same JSON
/// with the same keys can share one key array (see `sharesKeyStorage(with:)`).
/// A record may instead be a row of a `ColumnTable`, its fields read from the table's columns
/// when asked; changing a field copies them out first.
/// Equality: the same keys in the same order, and equal values.
/// Lookup by key is a linear scan, which is fastest for the few fields records usually have.
public struct Record: Sendable, Equatable {
    private enum Storage: Sendable {
        case fields(keys: [String], values: [Value])
        case row(Int, of: ColumnTable)
    }

    private var storage: Storage

    /// The field names in order.
    public var keys: [String] {
        switch storage {
        case .fields(let keys, _): keys
        case .row(let row, let table): table.keys(at: row)
        }
    }

    /// The field values, in the order of `keys`.
    public var values: [Value] {
        switch storage {
        case .fields(_, let values): values
        case .row(let row, let table): table.values(at: row)
        }
    }

    /// An empty record.
    public init() {
        storage = .fields(keys: [], values: [])
    }

    /// A record of these fields in this order; for a repeated key the last value wins,
    /// at the position of the first.
    public init(_ fields: [(String, Value)]) {
        var keys: [String] = [], values: [Value] = []
        keys.reserveCapacity(fields.count)
        values.reserveCapacity(fields.count)
        for (key, value) in fields { Self.put(key, value, keys: &keys, values: &values) }
        storage = .fields(keys: keys, values: values)
    }

    /// A record from parallel arrays the caller guarantees to be of equal length with unique keys.
    init(uniqueKeys keys: [String], values: [Value]) {
        storage = .fields(keys: keys, values: values)
    }

    /// Row `row` of `table`.
    init(row: Int, of table: ColumnTable) {
        storage = .row(row, of: table)
    }

    /// A record whose key array is `keys` itself, shared with every record built from the same array:
    /// the way to build a million records of one shape without a million copies of their keys.
    /// Keys must be unique; extra keys or values beyond the shorter array are dropped.
    public init(sharing keys: [String], values: [Value]) {
        if keys.count == values.count {
            self.init(uniqueKeys: keys, values: values)
        } else {
            self.init(Array(zip(keys, values)))
        }
    }

    /// The value of a field, nil when there is no such field.
    public subscript(key: String) -> Value? {
        switch storage {
        case .fields(let keys, let values): keys.firstIndex(of: key).map { values[$0] }
        case .row(let row, let table): table.value(key, at: row)
        }
    }

    /// Sets a field: replaces its value in place, or appends it at the end.
    public mutating func set(_ key: String, _ value: Value) {
        var keys = self.keys, values = self.values
        // Unshared, the arrays are changed in place rather than copied.
        storage = .fields(keys: [], values: [])
        Self.put(key, value, keys: &keys, values: &values)
        storage = .fields(keys: keys, values: values)
    }

    /// Replaces the value of `key` in place, or appends the field at the end.
    private static func put(_ key: String, _ value: Value, keys: inout [String], values: inout [Value]) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    /// The number of fields.
    public var count: Int { keys.count }

    /// Whether the record has no fields.
    public var isEmpty: Bool { keys.isEmpty }

    /// Whether the record is known to hold no list or record without reading its fields: a row of a
    /// table whose columns hold none.
    var isKnownFlat: Bool {
        if case .row(_, let table) = storage { return table.isFlat }
        return false
    }

    /// The fields as pairs, in order.
    public var fields: [(key: String, value: Value)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    /// Whether both records use the very same key array in memory (not just equal keys).
    /// Records decoded from one JSON document with the same keys in the same order do.
    public func sharesKeyStorage(with other: Record) -> Bool {
        keys.withUnsafeBufferPointer { mine in
            other.keys.withUnsafeBufferPointer { theirs in
                mine.baseAddress == theirs.baseAddress && mine.count == theirs.count
            }
        }
    }

    public static func == (lhs: Record, rhs: Record) -> Bool {
        if case .row(let left, let leftTable) = lhs.storage, case .row(let right, let rightTable) = rhs.storage,
           left == right, leftTable === rightTable {
            return true
        }
        return lhs.keys == rhs.keys && lhs.values == rhs.values
    }
}
