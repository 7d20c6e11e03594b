import BshLanguage

/// A compact S-expression form of parsed statements, so grammar tests read like the grammar.
enum SyntaxDump {
    static func program(_ text: String) -> [String] {
        parse(text).program.statements.map(statement)
    }

    static func statement(_ statement: Statement) -> String {
        switch statement.kind {
        case .pipeline(let pipeline): pipelineText(pipeline)
        case .assignment(let name, let value, let declares): "(\(declares ? "let" : "set") \(name) \(pipelineText(value)))"
        case .setting(let name, let value): "(option \(name) \(word(value)))"
        case .if(let branches, let otherwise):
            "(if " + branches.map { "\(expression($0.condition)) \(block($0.body))" }.joined(separator: " ")
                + (otherwise.map { " else \(block($0))" } ?? "") + ")"
        case .for(let variable, let sequence, let parallel, let body):
            "(for \(variable) \(pipelineText(sequence))\(parallel.map { " parallel \(expression($0))" } ?? "") \(block(body)))"
        case .while(let condition, let limit, let body):
            "(while \(expression(condition))\(limit.map { " max \(expression($0))" } ?? "") \(block(body)))"
        case .break: "(break)"
        case .continue: "(continue)"
        case .return(let value): "(return\(value.map { " " + pipelineText($0) } ?? ""))"
        case .define(let procedure): "(def \(procedure.name) (\(procedure.parameters.joined(separator: " "))) \(block(procedure.body)))"
        case .expect(let condition, let message): "(expect \(expression(condition))\(message.map { " " + expression($0) } ?? ""))"
        case .try(let body, let name, let handler): "(try \(block(body)) catch \(name ?? "_") \(block(handler)))"
        case .onError(let continues): "(on-error \(continues ? "continue" : "stop"))"
        }
    }

    static func block(_ block: Block) -> String {
        "{" + block.statements.map(statement).joined(separator: "; ") + "}"
    }

    static func pipelineText(_ pipeline: Pipeline) -> String {
        let source = switch pipeline.source {
        case .command(let command): "[" + ([command.name] + command.arguments).map(word).joined(separator: " ") + "]"
        case .expression(let value): expression(value)
        }
        guard !pipeline.filters.isEmpty else { return source }
        return "(| " + ([source] + pipeline.filters.map(filter)).joined(separator: " ") + ")"
    }

    static func filter(_ filter: Filter) -> String {
        switch filter.kind {
        case .where(let condition): "(where \(expression(condition)))"
        case .sort(let field, let descending): "(sort\(field.map { " " + $0 } ?? "")\(descending ? " desc" : ""))"
        case .first(let count): "(first\(count.map { " " + expression($0) } ?? ""))"
        case .last(let count): "(last\(count.map { " " + expression($0) } ?? ""))"
        case .select(let fields): "(select \(fields.joined(separator: " ")))"
        case .count: "(count)"
        case .each(let body): "(each \(block(body)))"
        case .unique(let field): "(unique\(field.map { " " + $0 } ?? ""))"
        case .to(let format): "(to \(format))"
        }
    }

    static func word(_ word: Word) -> String {
        guard !word.isLiteral else { return word.value }
        return "<" + word.segments.map(segment).joined() + ">"
    }

    static func segment(_ segment: StringSegment) -> String {
        switch segment {
        case .text(let text): text
        case .expression(let value): "{\(expression(value))}"
        }
    }

    static func expression(_ expression: Expression) -> String {
        switch expression.kind {
        case .number(let text): text
        case .string(let text): "'\(text)'"
        case .interpolated(let segments): "\"" + segments.map(segment).joined() + "\""
        case .bool(let value): "\(value)"
        case .null: "null"
        case .variable(let name): "$\(name)"
        case .field(let name): name
        case .member(let base, let name): "\(self.expression(base)).\(name)"
        case .index(let base, let index): "\(self.expression(base))[\(self.expression(index))]"
        case .call(let name, let arguments): "\(name)(" + arguments.map(self.expression).joined(separator: ", ") + ")"
        case .unary(let op, let operand): "(\(op.rawValue) \(self.expression(operand)))"
        case .binary(let op, let left, let right): "(\(op.rawValue) \(self.expression(left)) \(self.expression(right)))"
        case .list(let elements): "[" + elements.map(self.expression).joined(separator: ", ") + "]"
        case .pipeline(let pipeline): "(" + pipelineText(pipeline) + ")"
        }
    }
}
