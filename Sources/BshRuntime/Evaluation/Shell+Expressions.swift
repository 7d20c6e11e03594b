import BshLanguage
import BshValues

extension Shell {
    /// The value of an expression.
    func evaluate(_ expression: Expression) async throws -> Value {
        do {
            return try await value(of: expression)
        } catch let error as ValueError {
            throw EvaluationError(error.message, hint: error.hint, at: expression.range)
        }
    }

    private func value(of expression: Expression) async throws -> Value {
        switch expression.kind {
        case .number(let text):
            guard let value = NumberLiteral.parse(text) else {
                throw EvaluationError("'\(text)' is not a number", hint: "numbers look like 42, 1.5, 10MB, 30s", at: expression.range, kind: .usage)
            }
            return value
        case .string(let text):
            return .string(text)
        case .interpolated(let segments):
            return .string(try await interpolate(segments))
        case .bool(let value):
            return .bool(value)
        case .null:
            return .null
        case .variable(let name):
            return try variable(name, at: expression.range)
        case .field(let name):
            // Inside `where` and `each` a bare name is the item's field; elsewhere (as in "${a.name}") a variable.
            if let item = session.item { return try item.member(name) }
            if let value = session.variables.lookup(name) { return value }
            throw EvaluationError(
                "unknown name '\(name)'", hint: "variables are written $\(name); bare names are fields inside where and each",
                at: expression.range, kind: .usage)
        case .member(let base, let name):
            return try await evaluate(base).member(name)
        case .index(let base, let index):
            return try await evaluate(base).index(try await evaluate(index))
        case .call(let name, let arguments):
            var values: [Value] = []
            for argument in arguments { values.append(try await evaluate(argument)) }
            return try Builtins.call(name, values)
        case .unary(.not, let operand):
            return try await evaluate(operand).not()
        case .unary(.negate, let operand):
            return try await evaluate(operand).negated()
        case .binary(let op, let left, let right):
            return try await binary(op, left, right)
        case .list(let elements):
            var values: [Value] = []
            for element in elements { values.append(try await evaluate(element)) }
            return try Value.list(checking: values)
        case .pipeline(let pipeline):
            return try await evaluate(pipeline, capture: true)
        }
    }

    private func binary(_ op: BshLanguage.BinaryOperator, _ left: Expression, _ right: Expression) async throws -> Value {
        guard let valueOperator = ExpressionCompiler.valueOperator(op) else {
            let first = try await condition(left)
            if first == (op == .or) { return .bool(first) }
            return .bool(try await condition(right))
        }
        return try Value.apply(valueOperator, try await evaluate(left), try await evaluate(right))
    }

    /// The text of interpolated segments: strings as they are, other values in their text form.
    func interpolate(_ segments: [StringSegment]) async throws -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .text(let literal): text += literal
            case .expression(let expression): text += try await evaluate(expression).text()
            }
        }
        return text
    }

    /// `$name`: a variable, or one of `$_`, `$it`, `$env`, `$args`, `$1`….
    func variable(_ name: String, at range: SourceRange) throws -> Value {
        if let value = session.variables.lookup(name) { return value }
        if name == "_" { return try lastResult() }
        return try session.special(name, at: range)
    }
}
