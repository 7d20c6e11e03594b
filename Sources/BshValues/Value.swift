/// A value of the bsh language: what variables hold, expressions produce and commands return.
///
/// Swift's `==` on `Value` is structural (`.int(1) != .double(1)`); the language's `==`
/// is `Value.apply(.equal, lhs, rhs)`, which compares numbers across int and double.
public enum Value: Sendable, Equatable {
    /// The absence of a value, e.g. a missing field.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A whole number.
    case int(Int)
    /// A number with a fractional part, or one too large for `Int`.
    case double(Double)
    /// Text.
    case string(String)
    /// A length of time, e.g. `30s`.
    case duration(Duration)
    /// An ordered list of values.
    case list([Value])
    /// Named fields in order.
    case record(Record)

    /// The type's name as users see it; ints and doubles are both "number".
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .int, .double: "number"
        case .string: "string"
        case .duration: "duration"
        case .list: "list"
        case .record: "record"
        }
    }

    /// The type's name with an article, for messages: "a string", "null".
    var described: String {
        if case .null = self { return "null" }
        return "a \(typeName)"
    }

    /// Whether this is `.null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
