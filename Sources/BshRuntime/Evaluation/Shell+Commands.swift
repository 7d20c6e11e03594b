import BshLanguage
import BshValues
import TextDistance

extension Shell {
    /// Runs a command or a procedure. With `capture`, its result is returned rather than printed.
    func run(_ command: Command, capture: Bool) async throws -> Value {
        let name = command.name.value
        do {
            if let procedure = session.procedures[name] {
                return try await call(procedure, arguments: try await argumentValues(command), capture: capture)
            }
            guard let spec = CommandRegistry.command(named: name) else {
                let suggestions = CommandRegistry.suggestions(for: name) + EditDistance.near(name, in: session.procedures.keys, limit: 1)
                throw ShellError.usage(
                    "unknown command '\(name)'",
                    hint: suggestions.isEmpty ? "type 'help' for the list of commands" : "did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?")
            }
            var arguments = try await evaluateArguments(command)
            if let lane, lane.display != nil {
                lane.run(command: arguments.peek().flatMap(spec.subcommand(named:)).map { "\(name) \($0.name)" } ?? name)
            }
            do {
                return try present(try await spec.perform(self, &arguments), capture: capture)
            } catch let failed as FailureWithResult {
                _ = try present(failed.result, capture: capture)
                throw failed.error
            }
        } catch let error where !(unwindsUnchanged(error) || error is Failure) {
            throw failure(from: error, at: command.range, command: name)
        }
    }

    /// Takes a command's result: notes to standard error, the request it started for `wait`, and the
    /// result as `$_`; returns its value when the statement keeps it, else prints it.
    private func present(_ result: CommandResult, capture: Bool) throws -> Value {
        if let started = result.started { workspace.pending = started }
        session.lastResult = LastResult(result.output)
        defer { for note in result.notes { output.note(note) } }
        guard capture else {
            output.show(result.output)
            return .null
        }
        return try lastResult()
    }

    /// `$_`, decoded once.
    func lastResult() throws -> Value {
        let value = try session.lastResult.value()
        session.lastResult = .value(value)
        return value
    }

    /// The argument words with their references evaluated: each word's text, and its value when the
    /// word is a single reference such as `$r` or `(agents | count)`.
    func evaluateArguments(_ command: Command) async throws -> Arguments {
        var words: [Word] = []
        var values: [Value?] = []
        for word in command.arguments {
            if word.isLiteral {
                words.append(word)
                values.append(nil)
                continue
            }
            var evaluated = word
            if let expression = word.soleExpression {
                let value = try await evaluate(expression)
                evaluated.value = value.text()
                values.append(value)
            } else {
                evaluated.value = try await interpolate(word.segments)
                values.append(nil)
            }
            evaluated.isQuoted = true
            words.append(evaluated)
        }
        return Arguments(command: command.name.value, words: words, values: values)
    }

    /// A procedure's arguments: references keep their values; unquoted words that read as numbers,
    /// sizes or durations (`21`, `10MB`, `30s`) are those values; other words are strings.
    private func argumentValues(_ command: Command) async throws -> [Value] {
        let arguments = try await evaluateArguments(command)
        return zip(command.arguments, arguments.allValues).map { word, value in
            guard word.isLiteral, !word.isQuoted, let number = NumberLiteral.parse(word.value) else { return value }
            return number
        }
    }

    /// Calls a procedure: its parameters in a new frame, its file for error locations.
    private func call(_ defined: DefinedProcedure, arguments: [Value], capture: Bool) async throws -> Value {
        let procedure = defined.procedure
        guard arguments.count == procedure.parameters.count else {
            let usage = ([procedure.name] + procedure.parameters.map { $0.uppercased() }).joined(separator: " ")
            throw ShellError.usage(
                "'\(procedure.name)' takes \(procedure.parameters.count) argument\(procedure.parameters.count == 1 ? "" : "s"), got \(arguments.count)",
                hint: "usage: \(usage)")
        }
        guard session.callDepth < Session.maximumCallDepth else {
            throw ShellError.failure(
                "procedure calls nested more than \(Session.maximumCallDepth) deep", hint: "does '\(procedure.name)' call itself without end?")
        }
        session.callDepth += 1
        defer { session.callDepth -= 1 }
        session.variables.push(zip(procedure.parameters, arguments).map { (Names.slot($0), $1) })
        let callerSource = session.source
        session.source = defined.source
        defer {
            session.variables.pop()
            session.source = callerSource
        }
        var result = Value.null
        do {
            try await executeBlock(defined.body)
        } catch ControlSignal.returnValue(let value, _) {
            result = value ?? .null
        } catch let signal as ControlSignal {
            // A `break` or `continue` does not leave its procedure for a loop of the caller.
            throw misplaced(signal)
        }
        session.lastResult = .value(result)
        if !capture, result != .null { output.show(value: result) }
        return result
    }
}
