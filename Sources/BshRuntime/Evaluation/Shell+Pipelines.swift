import BshLanguage
import BshValues

extension Shell {
    /// Runs a pipeline. With `capture`, its value is returned and nothing is printed; otherwise the
    /// value is printed (a command prints its own result) and becomes `$_`.
    func evaluate(_ pipeline: Pipeline, capture: Bool) async throws -> Value {
        let keep = capture || !pipeline.filters.isEmpty
        var value: Value
        switch pipeline.source {
        case .command(let command):
            value = try await run(command, capture: keep)
        case .expression(let expression):
            value = try await evaluate(expression)
            if !keep {
                session.lastResult = .value(value)
                output.show(value: value)
            }
        }
        guard !pipeline.filters.isEmpty else { return value }
        for filter in pipeline.filters {
            do {
                value = try await apply(filter, to: value)
            } catch let error as ValueError {
                throw EvaluationError(error.message, hint: error.hint, at: filter.range)
            }
        }
        session.lastResult = .value(value)
        if !capture { output.show(value: value) }
        return value
    }

    private func apply(_ filter: Filter, to value: Value) async throws -> Value {
        switch filter.kind {
        case .where(let condition):
            let elements = try elements(of: value, for: "where", at: filter.range)
            if let test = ExpressionCompiler.condition(condition) {
                return .list(try overItems(elements) { session in try test(&session) ? session.item : nil })
            }
            var kept: [Value] = []
            for element in elements where try await withItem(element, { try await self.condition(condition) }) {
                kept.append(element)
            }
            return .list(kept)
        case .sort(let field, let descending):
            return try Filters.sort(value, by: field, descending: descending)
        case .first(let count):
            return try Filters.first(value, try await optionalCount(count, what: "first"))
        case .last(let count):
            return try Filters.last(value, try await optionalCount(count, what: "last"))
        case .select(let fields):
            return try Filters.select(value, fields)
        case .count:
            return try Filters.count(value)
        case .unique(let field):
            return try Filters.unique(value, by: field)
        case .to(let format):
            return format == "csv" ? try Filters.toCSV(value) : Filters.toJSON(value)
        case .each(let body):
            let elements = try elements(of: value, for: "each", at: filter.range)
            if let run = pureBlockValue(body) {
                let reporter = FailureReporter(host: host)
                return try Value.list(checking: try overItems(elements) { session in try run(&session, reporter) })
            }
            var results: [Value] = []
            for element in elements {
                results.append(try await withItem(element) { try await self.blockValue(body) })
            }
            return try Value.list(checking: results)
        }
    }

    private func optionalCount(_ expression: Expression?, what: String) async throws -> Int {
        guard let expression else { return 1 }
        return try await count(expression, what: what, allowingZero: true)
    }

    private func elements(of value: Value, for filter: String, at range: SourceRange) throws -> [Value] {
        switch value {
        case .list(let items): return items
        case .null: return []
        case .record: return [value]
        default:
            throw EvaluationError("'\(filter)' works on a list, not a \(value.typeName)", at: range)
        }
    }

    /// Runs `body` with `element` as the item that `$it` and bare field names designate.
    func withItem<T>(_ element: Value, _ body: () async throws -> T) async throws -> T {
        let outer = session.item
        session.item = element
        defer { session.item = outer }
        return try await body()
    }

    /// Runs compiled code once per element with the element as the item, without suspending; keeps
    /// what it returns.
    private func overItems(_ elements: [Value], _ body: (inout Session) throws -> Value?) throws -> [Value] {
        let outer = session.item
        defer { session.item = outer }
        var results: [Value] = []
        for (index, element) in elements.enumerated() {
            if index & 0xFFF == 0xFFF, Task.isCancelled { throw CancellationError() }
            session.item = element
            if let result = try body(&session) { results.append(result) }
        }
        return results
    }

    /// A block compiled whole for `each`: its statements, then the value of the last one when it is
    /// an expression (null otherwise). Nil when any of it runs a command.
    private func pureBlockValue(_ block: Block) -> (@Sendable (inout Session, FailureReporter) throws -> Value)? {
        guard let last = block.statements.last else { return { _, _ in .null } }
        guard let leading = StatementCompiler.pureBlock(Array(block.statements.dropLast())) else { return nil }
        if case .pipeline(let pipeline) = last.kind {
            guard pipeline.filters.isEmpty, case .expression(let expression) = pipeline.source,
                  let value = ExpressionCompiler.compile(expression) else { return nil }
            let range = last.range
            return { session, reporter in
                try StatementCompiler.runBlock(leading, &session, reporter)
                do {
                    return try value(&session)
                } catch let error where !unwindsUnchanged(error) {
                    throw Failure.located(error, at: range, command: nil, source: session.source)
                }
            }
        }
        guard let final = StatementCompiler.pure(last) else { return nil }
        let statements = leading + [final]
        return { session, reporter in
            try StatementCompiler.runBlock(statements, &session, reporter)
            return .null
        }
    }

    /// Runs a block and returns the value of its last statement, which is kept rather than printed
    /// when it is a pipeline: the value `each` collects.
    private func blockValue(_ block: Block) async throws -> Value {
        guard let last = block.statements.last else { return .null }
        try await executeBlock(Array(block.statements.dropLast()))
        guard case .pipeline(let pipeline) = last.kind else {
            try await execute(last)
            return .null
        }
        do {
            return try await evaluate(pipeline, capture: true)
        } catch let error where !unwindsUnchanged(error) {
            throw failure(from: error, at: last.range, command: last.command?.name.value)
        }
    }
}
