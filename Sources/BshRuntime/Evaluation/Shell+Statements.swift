import BshLanguage
import BshValues

extension Shell {
    /// Runs steps in order: compiled ones without suspending, the others through `execute`. A failure
    /// stops the block, unless `on error continue` is in force outside any `try`: then it is reported
    /// and the next statement runs.
    func executeBlock(_ steps: [Step], showLocations: Bool = true) async throws {
        for step in steps {
            if Task.isCancelled { throw CancellationError() }
            do {
                if case .pure(_, let run) = step, !session.tracing {
                    try run(&session, FailureReporter(host: host))
                } else {
                    try await execute(step.statement)
                }
            } catch let failure as Failure where session.carriesOnAfterFailure && !Task.isCancelled {
                session.carriedFailure = report(failure, showLocation: showLocations)
            }
        }
    }

    /// Runs statements of a block entered once (a branch, a `try`, a sourced file).
    func executeBlock(_ statements: [Statement]) async throws {
        try await executeBlock(StatementCompiler.compile(statements, once: true))
    }

    /// Runs one statement; any failure comes out as a located `Failure`.
    func execute(_ statement: Statement) async throws {
        if session.tracing { trace(statement) }
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
            if declares { session.variables.declare(name, result) } else { session.variables.assign(name, result) }
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
            session.continueOnError = continues
        }
    }

    /// A condition's value, which must be a bool.
    func condition(_ expression: Expression) async throws -> Bool {
        let value = try await evaluate(expression)
        guard case .bool(let result) = value else { throw ExpressionCompiler.notABool(value, at: expression.range) }
        return result
    }

    /// A count given as an expression (`parallel 16`, `max 100`, `first 5`): a positive integer.
    func count(_ expression: Expression, what: String, allowingZero: Bool = false) async throws -> Int {
        try Interpreter.count(try await evaluate(expression), what: what, allowingZero: allowingZero, at: expression.range)
    }

    private func define(_ procedure: Procedure) throws {
        if CommandRegistry.command(named: procedure.name) != nil {
            throw EvaluationError(
                "'\(procedure.name)' is a command", hint: "give the procedure another name", at: procedure.signatureRange, kind: .usage)
        }
        session.procedures[procedure.name] = DefinedProcedure(
            procedure: procedure, source: session.source, body: StatementCompiler.compile(procedure.body.statements))
    }

    private func expect(_ expression: Expression, message: Expression?, range: SourceRange) async throws {
        guard try await !condition(expression) else { return }
        var text: String?
        if let message { text = try await evaluate(message).text() }
        throw Failure.expectation(text, condition: expression.range, statement: range, source: session.source)
    }

    private func tryBlock(_ body: Block, errorName: String?, handler: Block) async throws {
        session.tryDepth += 1
        do {
            try await executeBlock(body.statements)
            session.tryDepth -= 1
        } catch let failure as Failure {
            session.tryDepth -= 1
            if let errorName { session.variables.declare(errorName, failure.value) }
            try await executeBlock(handler.statements)
        } catch {
            session.tryDepth -= 1
            throw error
        }
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
