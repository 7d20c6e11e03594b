/// The result of ordering two values; `unordered` when a NaN is involved.
enum Ordering: Sendable { case less, equal, greater, unordered }

extension Value {
    /// The language's `==`: numbers compare by value across int and double, lists and records
    /// element by element; values of different types are not equal; null equals null.
    /// Strings use Swift's string equality (canonical equivalence).
    static func looselyEqual(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.int, .double), (.double, .int), (.double, .double): return (try? order(lhs, rhs)) == .equal
        case (.list(let left), .list(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { looselyEqual($0, $1) }
        case (.record(let left), .record(let right)):
            return left.keys == right.keys && zip(left.values, right.values).allSatisfy { looselyEqual($0, $1) }
        default: return lhs == rhs
        }
    }

    /// Orders two numbers (int and double mixed, exactly), two strings (by unicode scalars)
    /// or two durations; throws for anything else.
    static func order(_ lhs: Value, _ rhs: Value) throws -> Ordering {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return compare(a, b)
        case (.double(let a), .double(let b)): return a.isNaN || b.isNaN ? .unordered : compare(a, b)
        case (.int(let a), .double(let b)): return compare(a, b)
        case (.double(let a), .int(let b)): return flip(compare(b, a))
        case (.string(let a), .string(let b)):
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return .equal }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? .less : .greater
        case (.duration(let a), .duration(let b)): return compare(a, b)
        default:
            throw ValueError("cannot compare \(lhs.described) with \(rhs.described)",
                             hint: "'<', '<=', '>', '>=' and sorting work on two numbers, two strings or two durations")
        }
    }

    static func compare<T: Comparable>(_ a: T, _ b: T) -> Ordering {
        a < b ? .less : a > b ? .greater : .equal
    }

    /// Compares an int with a double exactly (converting the int to a double could round).
    static func compare(_ a: Int, _ b: Double) -> Ordering {
        if b.isNaN { return .unordered }
        if b >= 9.223372036854775808e18 { return .less }
        if b < -9.223372036854775808e18 { return .greater }
        let whole = b.rounded(.down)
        let wholeInt = Int(whole)
        if a != wholeInt { return a < wholeInt ? .less : .greater }
        return b > whole ? .less : .equal
    }

    static func flip(_ ordering: Ordering) -> Ordering {
        switch ordering {
        case .less: .greater
        case .greater: .less
        default: ordering
        }
    }
}
