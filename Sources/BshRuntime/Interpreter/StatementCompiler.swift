import BshLanguage
import BshValues

extension Statement {
    /// True for `while` and `for`, whose bodies run again and again.
    var isLoop: Bool {
        switch kind {
        case .while, .for: true
        default: false
        }
    }
}

/// Compiles statements that call no command (assignments, conditions, loops, `expect`, `try`) into
/// closures that run without suspending; the rest stay statements for the asynchronous evaluator.
enum StatementCompiler {
    /// The block's statements as steps. A block that runs once (a script, a branch) compiles only its
    /// loops: building closures for a statement that runs once costs more than evaluating it.
    static func compile(_ statements: [Statement], once: Bool = false) -> [Step] {
        statements.map { statement in
            if once, !statement.isLoop { return .effect(statement) }
            if let run = pure(statement) { return .pure(statement, run) }
            return .effect(statement)
        }
    }

    /// The block compiled whole, or nil when any statement in it is not pure.
    static func pureBlock(_ statements: [Statement]) -> [PureStatement]? {
        var compiled: [PureStatement] = []
        compiled.reserveCapacity(statements.count)
        for statement in statements {
            guard let run = pure(statement) else { return nil }
            compiled.append(run)
        }
        return compiled
    }

    /// The statement compiled, with its failures located at it, or nil when it is not pure.
    static func pure(_ statement: Statement) -> PureStatement? {
        guard let body = body(of: statement) else { return nil }
        let range = statement.range
        return { session, reporter in
            do {
                try body(&session, reporter)
            } catch let error where !unwindsUnchanged(error) {
                if Task.isCancelled { throw CancellationError() }
                throw Failure.located(error, at: range, command: nil, source: session.source)
            }
        }
    }

    private static func body(of statement: Statement) -> PureStatement? {
        switch statement.kind {
        case .assignment(let name, let value, let declares):
            guard let value = expression(of: value) else { return nil }
            let slot = Names.slot(name)
            if declares {
                return { session, _ in
                    let result = try value(&session)
                    session.variables.declare(slot, result)
                }
            }
            return { session, _ in
                let result = try value(&session)
                session.variables.assign(slot, result)
            }
        case .if(let branches, let otherwise):
            var compiled: [(condition: @Sendable (inout Session) throws -> Bool, body: [PureStatement])] = []
            for branch in branches {
                guard let condition = ExpressionCompiler.condition(branch.condition),
                      let body = pureBlock(branch.body.statements) else { return nil }
                compiled.append((condition, body))
            }
            var elseBody: [PureStatement] = []
            if let otherwise {
                guard let body = pureBlock(otherwise.statements) else { return nil }
                elseBody = body
            }
            let conditions = compiled, fallback = elseBody
            return { session, reporter in
                for branch in conditions where try branch.condition(&session) {
                    return try runBlock(branch.body, &session, reporter)
                }
                try runBlock(fallback, &session, reporter)
            }
        case .while(let condition, let limit, let body):
            return whileLoop(condition, limit: limit, body: body)
        case .for(let variable, let sequence, nil, let body):
            guard let sequence = expression(of: sequence), let body = pureBlock(body.statements) else { return nil }
            let slot = Names.slot(variable)
            return { session, reporter in
                let items: [Value] = switch try sequence(&session) {
                case .list(let items): items
                case .null: []
                case let value: [value]
                }
                for item in items {
                    session.variables.assign(slot, item)
                    guard try runIteration(body, &session, reporter) else { return }
                }
            }
        case .break:
            let range = statement.range
            return { _, _ in throw ControlSignal.breakLoop(range) }
        case .continue:
            let range = statement.range
            return { _, _ in throw ControlSignal.continueLoop(range) }
        case .return(nil):
            let range = statement.range
            return { _, _ in throw ControlSignal.returnValue(nil, range) }
        case .return(let value?):
            guard let value = expression(of: value) else { return nil }
            let range = statement.range
            return { session, _ in throw ControlSignal.returnValue(try value(&session), range) }
        case .expect(let condition, let message):
            return expectation(condition, message: message, range: statement.range)
        case .try(let body, let errorName, let handler):
            guard let body = pureBlock(body.statements), let handler = pureBlock(handler.statements) else { return nil }
            let slot = errorName.map(Names.slot)
            return { session, reporter in
                session.tryDepth += 1
                do {
                    try runBlock(body, &session, reporter)
                    session.tryDepth -= 1
                } catch let failure as Failure {
                    session.tryDepth -= 1
                    if let slot { session.variables.declare(slot, failure.value) }
                    try runBlock(handler, &session, reporter)
                } catch {
                    session.tryDepth -= 1
                    throw error
                }
            }
        case .pipeline, .setting, .define, .onError, .for:
            return nil
        }
    }

    /// Runs compiled statements in order. A failure stops the block, unless the session carries on
    /// after failures: then it is reported and the next statement runs.
    static func runBlock(_ statements: [PureStatement], _ session: inout Session, _ reporter: FailureReporter) throws {
        for statement in statements {
            if Task.isCancelled { throw CancellationError() }
            do {
                try statement(&session, reporter)
            } catch let failure as Failure where session.carriesOnAfterFailure && !Task.isCancelled {
                session.carriedFailure = reporter.report(failure, showLocation: true)
            }
        }
    }

    /// Runs a loop's body once; false when a `break` ends the loop (a `continue` just ends the body).
    private static func runIteration(_ body: [PureStatement], _ session: inout Session, _ reporter: FailureReporter) throws -> Bool {
        do {
            try runBlock(body, &session, reporter)
        } catch ControlSignal.breakLoop {
            return false
        } catch ControlSignal.continueLoop {
            return true
        }
        return true
    }

    /// The value of a pipeline that is a pure expression with no filters.
    private static func expression(of pipeline: Pipeline) -> PureExpression? {
        guard pipeline.filters.isEmpty, case .expression(let expression) = pipeline.source else { return nil }
        return ExpressionCompiler.compile(expression)
    }

    private static func whileLoop(_ condition: Expression, limit: Expression?, body: Block) -> PureStatement? {
        guard let test = ExpressionCompiler.condition(condition), let body = pureBlock(body.statements) else { return nil }
        var bound: PureExpression?
        if let limit {
            guard let compiled = ExpressionCompiler.compile(limit) else { return nil }
            bound = compiled
        }
        let conditionRange = condition.range, limitRange = limit?.range, explicit = limit != nil, limitValue = bound
        return { session, reporter in
            var most = Interpreter.defaultWhileLimit
            if let limitValue, let limitRange { most = try Interpreter.count(try limitValue(&session), what: "max", at: limitRange) }
            var iterations = 0
            while try test(&session) {
                guard iterations < most else { throw Interpreter.loopRanOut(most, explicit: explicit, at: conditionRange) }
                iterations += 1
                guard try runIteration(body, &session, reporter) else { return }
            }
        }
    }

    private static func expectation(_ condition: Expression, message: Expression?, range: SourceRange) -> PureStatement? {
        guard let test = ExpressionCompiler.condition(condition) else { return nil }
        var text: PureExpression?
        if let message {
            guard let compiled = ExpressionCompiler.compile(message) else { return nil }
            text = compiled
        }
        let conditionRange = condition.range, messageValue = text
        return { session, _ in
            guard try !test(&session) else { return }
            let message = try messageValue.map { try $0(&session).text() }
            throw Failure.expectation(message, condition: conditionRange, statement: range, source: session.source)
        }
    }
}
