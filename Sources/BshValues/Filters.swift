/// The list operations of pipelines, e.g. `| sort size desc | first 10`.
///
/// Each takes a list; a record is taken as a list of that one record. Other inputs are errors.
public enum Filters {
    /// The elements of a list, or a record as a one-element list.
    static func elements(_ input: Value, for filter: String) throws -> [Value] {
        switch input {
        case .list(let list): return list
        case .record: return [input]
        default: throw ValueError("\(filter) needs a list, not \(input.described)")
        }
    }

    /// The sort key of an element: the element itself, or its field (null for a null element).
    static func key(of element: Value, field: String?, for filter: String) throws -> Value {
        guard let field else { return element }
        switch element {
        case .record(let record): return record[field] ?? .null
        case .null: return .null
        default: throw ValueError("\(filter) by '\(field)' needs records, found \(element.described)")
        }
    }

    /// Sorts stably by a field of record elements, or by the elements themselves when `field`
    /// is nil. Nulls (and missing fields) come last in both directions; NaN after other numbers.
    /// Values that cannot be compared (e.g. a string and a number) are an error.
    public static func sort(_ input: Value, by field: String? = nil, descending: Bool = false) throws -> Value {
        let list = try elements(input, for: "sort")
        let keys = try list.map { try key(of: $0, field: field, for: "sort") }
        var order = Array(list.indices)
        try order.sort { i, j in
            let ordering = try sortOrder(keys[i], keys[j], descending: descending)
            return ordering == .less || (ordering == .equal && i < j)
        }
        return .list(order.map { list[$0] })
    }

    static func sortOrder(_ a: Value, _ b: Value, descending: Bool) throws -> Ordering {
        switch (a.isNull, b.isNull) {
        case (true, true): return .equal
        case (true, false): return .greater
        case (false, true): return .less
        default: break
        }
        let aNaN = if case .double(let d) = a { d.isNaN } else { false }
        let bNaN = if case .double(let d) = b { d.isNaN } else { false }
        if aNaN || bNaN { return aNaN == bNaN ? .equal : aNaN ? .greater : .less }
        let ordering = try Value.order(a, b)
        return descending ? Value.flip(ordering) : ordering
    }

    /// The first `n` elements.
    public static func first(_ input: Value, _ n: Int) throws -> Value {
        guard n >= 0 else { throw ValueError("first needs a count of 0 or more, not \(n)") }
        return .list(Array(try elements(input, for: "first").prefix(n)))
    }

    /// The last `n` elements.
    public static func last(_ input: Value, _ n: Int) throws -> Value {
        guard n >= 0 else { throw ValueError("last needs a count of 0 or more, not \(n)") }
        return .list(Array(try elements(input, for: "last").suffix(n)))
    }

    /// Records with only these fields, in this order (missing ones null); a record gives a record.
    public static func select(_ input: Value, _ fields: [String]) throws -> Value {
        func pick(_ element: Value) throws -> Value {
            guard case .record(let record) = element else {
                throw ValueError("select needs records, found \(element.described)")
            }
            var picked = Record()
            for field in fields { picked.set(field, record[field] ?? .null) }
            return .record(picked)
        }
        if case .record = input { return try pick(input) }
        return .list(try elements(input, for: "select").map(pick))
    }

    /// The number of elements (1 for a record).
    public static func count(_ input: Value) throws -> Value {
        .int(try elements(input, for: "count").count)
    }

    /// The elements without repeats (by `==`, or by one field), keeping first occurrences in order.
    public static func unique(_ input: Value, by field: String? = nil) throws -> Value {
        var seen = Set<ValueKey>()
        var kept: [Value] = []
        for element in try elements(input, for: "unique") {
            if seen.insert(ValueKey(try key(of: element, field: field, for: "unique"))).inserted {
                kept.append(element)
            }
        }
        return .list(kept)
    }

    /// The value as JSON text: lists and records indented by two spaces, scalars compact.
    public static func toJSON(_ input: Value) -> Value {
        .string(input.jsonText(pretty: true))
    }
}
