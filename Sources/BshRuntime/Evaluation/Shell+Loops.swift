import BshLanguage
import BshValues

extension Shell {
    /// The items a `for` goes over: a list's elements, or a single value as a one-item list.
    func sequenceItems(_ pipeline: Pipeline) async throws -> [Value] {
        switch try await evaluate(pipeline, capture: true) {
        case .list(let items): return items
        case .null: return []
        case let value: return [value]
        }
    }

    func loop(over items: [Value], variable: String, body: Block) async throws {
        let steps = StatementCompiler.compile(body.statements)
        let slot = Names.slot(variable)
        for item in items {
            session.variables.assign(slot, item)
            do {
                try await executeBlock(steps)
            } catch ControlSignal.breakLoop {
                return
            } catch ControlSignal.continueLoop {
                continue
            }
        }
    }

    func whileLoop(_ condition: Expression, limit: Expression?, body: Block) async throws {
        var bound = Interpreter.defaultWhileLimit
        if let limit { bound = try await count(limit, what: "max") }
        let steps = StatementCompiler.compile(body.statements)
        var iterations = 0
        while try await self.condition(condition) {
            guard iterations < bound else { throw Interpreter.loopRanOut(bound, explicit: limit != nil, at: condition.range) }
            iterations += 1
            do {
                try await executeBlock(steps)
            } catch ControlSignal.breakLoop {
                return
            } catch ControlSignal.continueLoop {
                continue
            }
        }
    }
}
