import BshLanguage
import BshValues
import Foundation
import TextDistance

/// An expression compiled to run synchronously over a session: no command, no suspension.
typealias PureExpression = @Sendable (inout Session) throws -> Value

/// Turns expressions into closures, once: number literals are read, variables get their slots and
/// operators are chosen when compiled, not each time the expression runs.
enum ExpressionCompiler {
    /// The compiled expression, or nil when it runs a command (`(agents | count)`) or reads `$_`, the
    /// last command's result: those run through the asynchronous evaluator.
    static func compile(_ expression: Expression) -> PureExpression? {
        let range = expression.range
        switch expression.kind {
        case .number(let text):
            guard let value = NumberLiteral.parse(text) else {
                return { _ in
                    throw EvaluationError("'\(text)' is not a number", hint: "numbers look like 42, 1.5, 10MB, 30s", at: range, kind: .usage)
                }
            }
            return { _ in value }
        case .string(let text):
            let value = Value.string(text)
            return { _ in value }
        case .bool(let flag):
            let value = Value.bool(flag)
            return { _ in value }
        case .null:
            return { _ in .null }
        case .interpolated(let segments):
            return interpolation(segments)
        case .variable(let name):
            guard name != "_" else { return nil }
            let slot = Names.slot(name)
            return { session in
                if let value = session.variables.lookup(slot) { return value }
                return try session.special(name, at: range)
            }
        case .field(let name):
            let slot = Names.slot(name)
            return { session in
                if let item = session.item { return try located(range) { try item.member(name) } }
                if let value = session.variables.lookup(slot) { return value }
                throw EvaluationError(
                    "unknown name '\(name)'", hint: "variables are written $\(name); bare names are fields inside where and each",
                    at: range, kind: .usage)
            }
        case .member(let base, let name):
            guard let base = compile(base) else { return nil }
            return { session in
                let value = try base(&session)
                return try located(range) { try value.member(name) }
            }
        case .index(let base, let index):
            guard let base = compile(base), let index = compile(index) else { return nil }
            return { session in
                let container = try base(&session), position = try index(&session)
                return try located(range) { try container.index(position) }
            }
        case .call(let name, let arguments):
            guard let arguments = all(arguments) else { return nil }
            return { session in
                var values: [Value] = []
                values.reserveCapacity(arguments.count)
                for argument in arguments { values.append(try argument(&session)) }
                return try located(range) { try Builtins.call(name, values) }
            }
        case .unary(let op, let operand):
            guard let operand = compile(operand) else { return nil }
            if op == .not {
                return { session in let value = try operand(&session); return try located(range) { try value.not() } }
            }
            return { session in let value = try operand(&session); return try located(range) { try value.negated() } }
        case .binary(let op, let left, let right):
            return binary(op, left, right, range: range)
        case .list(let elements):
            guard let elements = all(elements) else { return nil }
            return { session in
                var values: [Value] = []
                values.reserveCapacity(elements.count)
                for element in elements { values.append(try element(&session)) }
                return try located(range) { try Value.list(checking: values) }
            }
        case .pipeline(let pipeline):
            guard pipeline.filters.isEmpty, case .expression(let inner) = pipeline.source else { return nil }
            return compile(inner)
        }
    }

    /// A condition: the expression's value, which must be a bool.
    static func condition(_ expression: Expression) -> (@Sendable (inout Session) throws -> Bool)? {
        guard let value = compile(expression) else { return nil }
        let range = expression.range
        return { session in
            let result = try value(&session)
            guard case .bool(let flag) = result else { throw Self.notABool(result, at: range) }
            return flag
        }
    }

    static func notABool(_ value: Value, at range: SourceRange) -> EvaluationError {
        EvaluationError(
            "the condition is a \(value.typeName), not a bool", hint: "compare it, as in: $n > 0, $s != \"\", len($l) > 0", at: range)
    }

    private static func all(_ expressions: [Expression]) -> [PureExpression]? {
        var compiled: [PureExpression] = []
        for expression in expressions {
            guard let one = compile(expression) else { return nil }
            compiled.append(one)
        }
        return compiled
    }

    private static func interpolation(_ segments: [StringSegment]) -> PureExpression? {
        var parts: [(text: String, expression: PureExpression?)] = []
        for segment in segments {
            switch segment {
            case .text(let text): parts.append((text, nil))
            case .expression(let expression):
                guard let compiled = compile(expression) else { return nil }
                parts.append(("", compiled))
            }
        }
        let compiled = parts
        return { session in
            var text = ""
            for part in compiled {
                if let expression = part.expression { text += try expression(&session).text() } else { text += part.text }
            }
            return .string(text)
        }
    }

    private static func binary(_ op: BshLanguage.BinaryOperator, _ left: Expression, _ right: Expression, range: SourceRange) -> PureExpression? {
        if op == .and || op == .or {
            guard let first = condition(left), let second = condition(right) else { return nil }
            let stopsOn = op == .or
            return { session in
                let value = try first(&session)
                if value == stopsOn { return .bool(value) }
                return .bool(try second(&session))
            }
        }
        guard let lhs = compile(left), let rhs = compile(right), let valueOperator = valueOperator(op) else { return nil }
        if let shortcut = integerShortcut(valueOperator) {
            return { session in
                let a = try lhs(&session), b = try rhs(&session)
                if case .int(let x) = a, case .int(let y) = b, let result = shortcut(x, y) { return result }
                return try located(range) { try Value.apply(valueOperator, a, b) }
            }
        }
        return { session in
            let a = try lhs(&session), b = try rhs(&session)
            return try located(range) { try Value.apply(valueOperator, a, b) }
        }
    }

    /// The result of an operator on two ints, computed directly; nil where `Value.apply` must decide
    /// (overflow, division, a zero or -1 divisor), so both give the same result and the same errors.
    private static func integerShortcut(_ op: BshValues.BinaryOperator) -> (@Sendable (Int, Int) -> Value?)? {
        switch op {
        case .add: { let (sum, overflow) = $0.addingReportingOverflow($1); return overflow ? nil : .int(sum) }
        case .subtract: { let (difference, overflow) = $0.subtractingReportingOverflow($1); return overflow ? nil : .int(difference) }
        case .multiply: { let (product, overflow) = $0.multipliedReportingOverflow(by: $1); return overflow ? nil : .int(product) }
        case .remainder: { $1 == 0 || $1 == -1 ? nil : .int($0 % $1) }
        case .equal: { .bool($0 == $1) }
        case .notEqual: { .bool($0 != $1) }
        case .less: { .bool($0 < $1) }
        case .lessOrEqual: { .bool($0 <= $1) }
        case .greater: { .bool($0 > $1) }
        case .greaterOrEqual: { .bool($0 >= $1) }
        case .divide, .and, .or, .in, .matches: nil
        }
    }

    /// The values' operator for the language's.
    static func valueOperator(_ op: BshLanguage.BinaryOperator) -> BshValues.BinaryOperator? {
        switch op {
        case .and, .or: nil
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        case .in: .in
        case .matches: .matches
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .remainder: .remainder
        }
    }
}

/// Runs `body`, placing a value error at `range`.
@inline(__always)
func located(_ range: SourceRange, _ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as ValueError {
        throw EvaluationError(error.message, hint: error.hint, at: range)
    }
}

extension Session {
    /// `$it`, `$env`, `$args` and `$1`…, for a name that is not a variable; else an undefined variable.
    func special(_ name: String, at range: SourceRange) throws -> Value {
        switch name {
        case "it" where item != nil: return item ?? .null
        case "env": return EnvironmentRecord.value(of: ProcessInfo.processInfo.environment)
        case "args": return .list(arguments.map(Value.string))
        default: break
        }
        if name.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            // A script argument; one not given (however large its number) is null.
            guard let position = Int(name), position >= 1, position <= arguments.count else { return .null }
            return .string(arguments[position - 1])
        }
        let close = EditDistance.near(name, in: variables.names).sorted()
        throw EvaluationError(
            "undefined variable '$\(name)'",
            hint: close.first.map { "did you mean '$\($0)'?" } ?? "define it first: let \(name) = …", at: range, kind: .usage)
    }
}
