/// The binary operators of the language.
/// The raw value is the operator as written.
public enum BinaryOperator: String, Sendable, CaseIterable {
    /// Comparisons: equality works on any values, ordering on numbers, strings and durations.
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    /// Arithmetic on numbers and durations; `+` also joins strings and lists.
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    /// Logic on bools, membership (`x in list`) and glob matching (`name matches "web-*"`).
    case and, or, `in`, matches
}

/// Operators on values.
public extension Value {
    /// Applies a binary operator. `and`/`or` take two bools and do not short-circuit here
    /// (the evaluator does). Errors for types the operator does not take, integer overflow
    /// and division by zero.
    static func apply(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        switch op {
        case .equal: return .bool(looselyEqual(lhs, rhs))
        case .notEqual: return .bool(!looselyEqual(lhs, rhs))
        case .less: return .bool(try order(lhs, rhs) == .less)
        case .lessOrEqual: return .bool([.less, .equal].contains(try order(lhs, rhs)))
        case .greater: return .bool(try order(lhs, rhs) == .greater)
        case .greaterOrEqual: return .bool([.greater, .equal].contains(try order(lhs, rhs)))
        case .add, .subtract, .multiply, .divide, .remainder: return try arithmetic(op, lhs, rhs)
        case .and, .or:
            guard case .bool(let left) = lhs, case .bool(let right) = rhs else {
                throw ValueError("'\(op.rawValue)' needs two bools, not \(lhs.described) and \(rhs.described)",
                                 hint: "compare explicitly, e.g. `$x != null \(op.rawValue) $y > 0`")
            }
            return .bool(op == .and ? left && right : left || right)
        case .in: return .bool(try contains(rhs, lhs))
        case .matches:
            guard case .string(let text) = lhs, case .string(let pattern) = rhs else {
                throw ValueError("'matches' needs a string on both sides, not \(lhs.described) and \(rhs.described)",
                                 hint: "use str(x) to turn a value into text, e.g. `str($x) matches \"4*\"`")
            }
            return .bool(try Glob(pattern).matches(text))
        }
    }

    /// Whether `container` holds `item`: an element of a list (by `==`), a substring of a
    /// string, a key of a record; nothing is in null.
    static func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch (container, item) {
        case (.list(let list), _): return list.contains { looselyEqual($0, item) }
        case (.string(let text), .string(let part)): return part.isEmpty || text.contains(part)
        case (.record(let record), .string(let key)): return record[key] != nil
        case (.null, _): return false
        case (.string, _), (.record, _):
            throw ValueError("'in' needs a string on the left when the right is \(container.described), not \(item.described)")
        default:
            throw ValueError("'in' needs a list, string or record on the right, not \(container.described)",
                             hint: "e.g. `$x in [1, 2]`, `\"ab\" in $name`, `\"id\" in $record`")
        }
    }

    /// Unary minus, for numbers and durations.
    func negated() throws -> Value {
        switch self {
        case .int(let int):
            guard int != .min else { throw ValueError("integer overflow in -(\(int))") }
            return .int(-int)
        case .double(let double): return .double(-double)
        case .duration(let duration): return .duration(.zero - duration)
        default: throw ValueError("cannot negate \(described)", hint: "'-' works on numbers and durations")
        }
    }

    /// Logical not, for bools only.
    func not() throws -> Value {
        guard case .bool(let bool) = self else {
            throw ValueError("'not' needs a bool, not \(described)", hint: "compare explicitly, e.g. `not ($x == \"\")`")
        }
        return .bool(!bool)
    }

    /// The truth of a condition; conditions must be bools.
    func isTrue() throws -> Bool {
        if case .bool(let bool) = self { return bool }
        let hint = switch self {
        case .null: "the value is null (a missing field?); test it with `!= null`"
        case .string: "compare explicitly, e.g. `$x != \"\"`"
        case .int, .double: "compare explicitly, e.g. `$x != 0`"
        case .list, .record: "test the size explicitly, e.g. `len($x) > 0`"
        default: "compare explicitly, e.g. `$x > 0s`"
        }
        throw ValueError("condition is \(described), not a bool", hint: hint)
    }
}
