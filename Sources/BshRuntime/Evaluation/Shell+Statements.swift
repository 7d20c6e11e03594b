import BshLanguage
import BshValues

extension Shell {
    /// Runs statements in order. A failure stops the block, unless `on error continue` is in force
    /// outside any `try`: then it is reported and the next statement runs.
    func executeBlock(_ statements: [Statement], showLocations: Bool = true) async throws {
        for statement in statements {
            if Task.isCancelled { throw CancellationError() }
            do {
                try await execute(statement)
            } catch let failure as Failure where continueOnError && tryDepth == 0 && !Task.isCancelled {
                carriedFailure = report(failure, showLocation: showLocations)
            }
        }
    }

    /// Runs one statement; any failure comes out as a located `Failure`.
    func execute(_ statement: Statement) async throws {
        if tracing { trace(statement) }
        do {
            try await perform(statement)
        } catch let error where !unwindsUnchanged(error) {
            if Task.isCancelled { throw CancellationError() }
            throw failure(from: error, at: statement.range, command: statement.command?.name.value)
        }
    }

    private func perform(_ statement: Statement) async throws {
        switch statement.kind {
        case .pipeline(let pipeline):
            _ = try await evaluate(pipeline, capture: false)
        case .assignment(let name, let value, let declares):
            let result = try await evaluate(value, capture: true)
            if declares { variables.declare(name, result) } else { variables.assign(name, result) }
        case .setting(let name, let value):
            try await applySetting(name, value)
        case .if(let branches, let otherwise):
            for branch in branches {
                if try await condition(branch.condition) { return try await executeBlock(branch.body.statements) }
            }
            if let otherwise { try await executeBlock(otherwise.statements) }
        case .for(let variable, let sequence, let parallel, let body):
            let items = try await sequenceItems(sequence)
            if let parallel {
                try await fanOut(items, variable: variable, limit: try await count(parallel, what: "parallel"), body: body)
            } else {
                try await loop(over: items, variable: variable, body: body)
            }
        case .while(let condition, let limit, let body):
            try await whileLoop(condition, limit: limit, body: body)
        case .break:
            throw ControlSignal.breakLoop(statement.range)
        case .continue:
            throw ControlSignal.continueLoop(statement.range)
        case .return(let value):
            var result: Value?
            if let value { result = try await evaluate(value, capture: true) }
            throw ControlSignal.returnValue(result, statement.range)
        case .define(let procedure):
            try define(procedure)
        case .expect(let condition, let message):
            try await expect(condition, message: message, range: statement.range)
        case .try(let body, let errorName, let handler):
            try await tryBlock(body, errorName: errorName, handler: handler)
        case .onError(let continues):
            continueOnError = continues
        }
    }

    /// A condition's value, which must be a bool.
    func condition(_ expression: Expression) async throws -> Bool {
        let value = try await evaluate(expression)
        guard case .bool(let result) = value else {
            throw EvaluationError(
                "the condition is a \(value.typeName), not a bool", hint: "compare it, as in: $n > 0, $s != \"\", len($l) > 0",
                at: expression.range)
        }
        return result
    }

    /// A count given as an expression (`parallel 16`, `max 100`, `first 5`): a positive integer.
    func count(_ expression: Expression, what: String, allowingZero: Bool = false) async throws -> Int {
        guard case .int(let value) = try await evaluate(expression), value > 0 || allowingZero && value == 0 else {
            let wanted = allowingZero ? "a whole number, 0 or more" : "a positive whole number"
            throw EvaluationError("'\(what)' needs \(wanted)", at: expression.range, kind: .usage)
        }
        return value
    }

    private func define(_ procedure: Procedure) throws {
        if CommandRegistry.command(named: procedure.name) != nil {
            throw EvaluationError(
                "'\(procedure.name)' is a command", hint: "give the procedure another name", at: procedure.signatureRange, kind: .usage)
        }
        procedures[procedure.name] = (procedure, currentSource)
    }

    private func expect(_ expression: Expression, message: Expression?, range: SourceRange) async throws {
        guard try await !condition(expression) else { return }
        var text: String?
        if let message { text = try await evaluate(message).text() }
        throw Failure(
            message: text.map { "expectation failed: \($0)" } ?? "expectation failed",
            hint: "this is false: \(sourceText(expression.range))", status: .failure, command: nil, range: range,
            source: currentSource)
    }

    private func tryBlock(_ body: Block, errorName: String?, handler: Block) async throws {
        tryDepth += 1
        do {
            try await executeBlock(body.statements)
            tryDepth -= 1
        } catch let failure as Failure {
            tryDepth -= 1
            if let errorName { variables.declare(errorName, failure.value) }
            try await executeBlock(handler.statements)
        } catch {
            tryDepth -= 1
            throw error
        }
    }

    /// The text of a span of the current file.
    func sourceText(_ range: SourceRange) -> String {
        let bytes = Array(currentSource.text.utf8)
        guard range.start >= 0, range.end <= bytes.count else { return "" }
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}

extension Failure {
    /// What `catch e` binds: the message, the hint, the command, the exit status and the line.
    var value: Value {
        .record(Record([
            ("message", .string(message)), ("hint", hint.map(Value.string) ?? .null),
            ("command", command.map(Value.string) ?? .null), ("status", .int(Int(status.rawValue))),
            ("line", .int(source.location(of: range.start).line)),
        ]))
    }
}
