/// A value as a hash key with the language's `==`: `1` and `1.0` are the same key.
struct ValueKey: Hashable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: ValueKey, rhs: ValueKey) -> Bool {
        Value.looselyEqual(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        Self.hash(value, into: &hasher)
    }

    static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let bool): hasher.combine(bool)
        case .int(let int): hasher.combine(int)
        case .double(let double):
            // Integral doubles hash like the int they equal.
            if let int = Int(exactly: double) { hasher.combine(int) } else { hasher.combine(double) }
        case .string(let string): hasher.combine(string)
        case .duration(let duration): hasher.combine(duration)
        case .list(let list):
            hasher.combine(list.count)
            for element in list { hash(element, into: &hasher) }
        case .record(let record):
            hasher.combine(record.keys)
            for element in record.values { hash(element, into: &hasher) }
        }
    }
}
