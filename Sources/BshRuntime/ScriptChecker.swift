import BshLanguage
import TextDistance

/// What `bsh check` reports: every syntax error, then warnings about code that parses but cannot be
/// right: unknown commands, variables never defined, bare names outside filters, unreachable statements.
public enum ScriptChecker {
    /// The diagnostics for a whole file, in source order.
    public static func check(_ source: SourceFile) -> [Diagnostic] {
        let parsed = Parser.parse(source)
        var walker = CheckWalker()
        walker.collectDefinitions(parsed.program.statements)
        walker.check(parsed.program.statements)
        return (parsed.diagnostics + walker.warnings).sorted { $0.range.start < $1.range.start }
    }

    /// The diagnostics for a runbook's steps and its fences, in document order. The steps share one
    /// session, so what one step defines is known to the steps after it; the prose is not read.
    public static func check(_ runbook: Runbook) -> [Diagnostic] {
        let parsed = runbook.parsedSteps()
        var walker = CheckWalker()
        walker.collectDefinitions(parsed.flatMap(\.program.statements))
        for step in parsed { walker.check(step.program.statements) }
        return (runbook.diagnostics + parsed.flatMap(\.diagnostics) + walker.warnings).sorted { $0.range.start < $1.range.start }
    }
}

/// Walks the syntax tree twice: first for every name the file defines, then for the uses.
struct CheckWalker {
    var warnings: [Diagnostic] = []
    private var variables: Set<String> = ["_", "env", "args"]
    private var procedures: Set<String> = []
    private var sourcesOtherFiles = false
    private var itemDepth = 0

    mutating func collectDefinitions(_ statements: [Statement]) {
        for statement in statements {
            switch statement.kind {
            case .assignment(let name, _, _): variables.insert(name)
            case .for(let name, _, _, let body): variables.insert(name); collectDefinitions(body.statements)
            case .define(let procedure):
                procedures.insert(procedure.name)
                variables.formUnion(procedure.parameters)
                collectDefinitions(procedure.body.statements)
            case .try(let body, let name, let handler):
                if let name { variables.insert(name) }
                collectDefinitions(body.statements + handler.statements)
            case .if(let branches, let otherwise): collectDefinitions(branches.flatMap(\.body.statements) + (otherwise?.statements ?? []))
            case .while(_, _, let body): collectDefinitions(body.statements)
            case .pipeline(let pipeline):
                if case .command(let command) = pipeline.source, command.name.value == "source" { sourcesOtherFiles = true }
                for filter in pipeline.filters { if case .each(let body) = filter.kind { collectDefinitions(body.statements) } }
            default: break
            }
        }
    }

    mutating func check(_ statements: [Statement]) {
        var ended: String?
        for statement in statements {
            if let ended {
                warnings.append(.warning("unreachable statement", at: statement.range, hint: "it comes after '\(ended)' in the same block"))
                break
            }
            check(statement)
            switch statement.kind {
            case .break: ended = "break"
            case .continue: ended = "continue"
            case .return: ended = "return"
            case .pipeline(let pipeline):
                if case .command(let command) = pipeline.source, command.name.value == "exit" { ended = "exit" }
            default: break
            }
        }
    }

    private mutating func check(_ statement: Statement) {
        switch statement.kind {
        case .pipeline(let pipeline), .assignment(_, let pipeline, _): check(pipeline)
        case .setting(_, let word): check(word)
        case .if(let branches, let otherwise):
            for branch in branches {
                check(branch.condition)
                check(branch.body.statements)
            }
            if let otherwise { check(otherwise.statements) }
        case .for(_, let sequence, let parallel, let body):
            check(sequence)
            if let parallel { check(parallel) }
            check(body.statements)
        case .while(let condition, let limit, let body):
            check(condition)
            if let limit { check(limit) }
            check(body.statements)
        case .return(let value): if let value { check(value) }
        case .define(let procedure): check(procedure.body.statements)
        case .expect(let condition, let message):
            check(condition)
            if let message { check(message) }
        case .try(let body, _, let handler):
            check(body.statements)
            check(handler.statements)
        case .break, .continue, .onError: break
        }
    }

    private mutating func check(_ pipeline: Pipeline) {
        switch pipeline.source {
        case .command(let command): check(command)
        case .expression(let expression): check(expression)
        }
        itemDepth += 1
        defer { itemDepth -= 1 }
        for filter in pipeline.filters {
            switch filter.kind {
            case .where(let condition): check(condition)
            case .first(let count?), .last(let count?): check(count)
            case .each(let body): check(body.statements)
            default: break
            }
        }
    }

    private mutating func check(_ command: Command) {
        let name = command.name.value
        if CommandRegistry.command(named: name) == nil, !procedures.contains(name), !sourcesOtherFiles {
            let close = EditDistance.near(name, in: CommandRegistry.all.map(\.name) + procedures)
            warnings.append(.warning(
                "unknown command '\(name)'", at: command.name.range,
                hint: close.first.map { "did you mean '\($0)'?" } ?? "'bsh -c help' lists the commands"))
        }
        for word in command.arguments { check(word) }
    }

    private mutating func check(_ word: Word) {
        for case .expression(let expression) in word.segments { check(expression) }
    }

    private mutating func check(_ expression: Expression) {
        switch expression.kind {
        case .variable(let name):
            guard !variables.contains(name), Int(name) == nil, !(name == "it" && itemDepth > 0), !sourcesOtherFiles else { return }
            let close = EditDistance.near(name, in: variables).sorted()
            warnings.append(.warning(
                "undefined variable '$\(name)'", at: expression.range,
                hint: close.first.map { "did you mean '$\($0)'?" } ?? "define it first: let \(name) = …"))
        case .field(let name) where itemDepth == 0 && !variables.contains(name):
            warnings.append(.warning(
                "unknown name '\(name)'", at: expression.range,
                hint: "variables are written $\(name); bare names are fields inside where and each"))
        case .interpolated(let segments):
            for case .expression(let inner) in segments { check(inner) }
        case .member(let base, _): check(base)
        case .index(let base, let index): check(base); check(index)
        case .call(_, let arguments): arguments.forEach { check($0) }
        case .unary(_, let operand): check(operand)
        case .binary(_, let left, let right): check(left); check(right)
        case .list(let elements): elements.forEach { check($0) }
        case .pipeline(let pipeline): check(pipeline)
        default: break
        }
    }
}
