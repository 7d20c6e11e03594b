extension Value {
    /// `+ - * / %` on numbers (int/double mixed gives a double), `+` on two strings or two lists,
    /// and durations: `d ± d`, `d * n`, `n * d`, `d / n`, and `d / d` (a number, their ratio).
    /// `/` on two ints gives an int when the division is exact and a double otherwise.
    static func arithmetic(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return try integerArithmetic(op, a, b)
        case (.int(let a), .double(let b)): return try doubleArithmetic(op, Double(a), b, lhs, rhs)
        case (.double(let a), .int(let b)): return try doubleArithmetic(op, a, Double(b), lhs, rhs)
        case (.double(let a), .double(let b)): return try doubleArithmetic(op, a, b, lhs, rhs)
        case (.string(let a), .string(let b)) where op == .add: return .string(a + b)
        case (.list(let a), .list(let b)) where op == .add: return .list(a + b)
        case (.duration(let a), .duration(let b)) where op == .add || op == .subtract:
            return .duration(try DurationMath.combine(a, b, subtract: op == .subtract))
        case (.duration(let a), .duration(let b)) where op == .divide:
            return .double(try DurationMath.ratio(a, b))
        case (.duration(let a), .int), (.duration(let a), .double):
            if op == .multiply || op == .divide {
                return .duration(try DurationMath.scale(a, by: rhs, divide: op == .divide))
            }
        case (.int, .duration(let b)), (.double, .duration(let b)):
            if op == .multiply { return .duration(try DurationMath.scale(b, by: lhs, divide: false)) }
        default: break
        }
        throw ValueError("cannot use '\(op.rawValue)' on \(lhs.described) and \(rhs.described)", hint: hint(for: op))
    }

    static func hint(for op: BinaryOperator) -> String {
        switch op {
        case .add: "'+' adds numbers or durations and joins two strings or two lists; str(x) turns a value into text"
        case .subtract: "'-' works on two numbers or two durations"
        case .multiply, .divide: "'\(op.rawValue)' works on numbers, and on a duration with a number"
        default: "'%' works on two numbers"
        }
    }

    static func integerArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) throws -> Value {
        if (op == .divide || op == .remainder) && b == 0 {
            throw ValueError(op == .divide ? "division by zero" : "remainder by zero")
        }
        let (result, overflow): (Int, Bool) = switch op {
        case .add: a.addingReportingOverflow(b)
        case .subtract: a.subtractingReportingOverflow(b)
        case .multiply: a.multipliedReportingOverflow(by: b)
        case .remainder: b == -1 ? (0, false) : a.remainderReportingOverflow(dividingBy: b)
        default: a.dividedReportingOverflow(by: b)
        }
        if overflow {
            throw ValueError("integer overflow in \(a) \(op.rawValue) \(b)",
                             hint: "use a decimal number for very large values, e.g. \(a).0")
        }
        if op == .divide && a % b != 0 {
            return .double(Double(a) / Double(b))
        }
        return .int(result)
    }

    /// Like `integerArithmetic`, a result that is not a finite number is an error, not `inf` or `nan`.
    static func doubleArithmetic(_ op: BinaryOperator, _ a: Double, _ b: Double, _ lhs: Value, _ rhs: Value) throws -> Value {
        if (op == .divide || op == .remainder) && b == 0 {
            throw ValueError(op == .divide ? "division by zero" : "remainder by zero")
        }
        let result = switch op {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        default: a.truncatingRemainder(dividingBy: b)
        }
        let expression = "\(lhs.text()) \(op.rawValue) \(rhs.text())"
        if result.isNaN { throw ValueError("\(expression) is not a number") }
        if result.isInfinite {
            throw ValueError("number overflow in \(expression)", hint: "numbers go up to about 1.8e308")
        }
        return .double(result)
    }
}
