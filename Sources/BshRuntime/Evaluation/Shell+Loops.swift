import BshLanguage
import BshValues

extension Shell {
    /// The largest number of times a `while` runs without an explicit `max`.
    static let defaultWhileLimit = 1_000_000

    /// The items a `for` goes over: a list's elements, or a single value as a one-item list.
    func sequenceItems(_ pipeline: Pipeline) async throws -> [Value] {
        switch try await evaluate(pipeline, capture: true) {
        case .list(let items): return items
        case .null: return []
        case let value: return [value]
        }
    }

    func loop(over items: [Value], variable: String, body: Block) async throws {
        for item in items {
            variables.assign(variable, item)
            do {
                try await executeBlock(body.statements)
            } catch ControlSignal.breakLoop {
                return
            } catch ControlSignal.continueLoop {
                continue
            }
        }
    }

    func whileLoop(_ condition: Expression, limit: Expression?, body: Block) async throws {
        var bound = Self.defaultWhileLimit
        if let limit { bound = try await count(limit, what: "max") }
        var iterations = 0
        while try await self.condition(condition) {
            guard iterations < bound else {
                throw EvaluationError(
                    "the loop ran \(bound) times and its condition still holds",
                    hint: limit == nil ? "raise the bound with 'while … max N { … }'" : "raise 'max', or check the condition",
                    at: condition.range)
            }
            iterations += 1
            do {
                try await executeBlock(body.statements)
            } catch ControlSignal.breakLoop {
                return
            } catch ControlSignal.continueLoop {
                continue
            }
        }
    }
}
