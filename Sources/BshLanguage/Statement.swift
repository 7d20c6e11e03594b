/// One statement of a program.
public struct Statement: Sendable, Equatable {
    /// Each kind of statement the language has. Indirect: a statement is then two words wide, so
    /// statement arrays stay small and cheap to grow.
    public indirect enum Kind: Sendable, Equatable {
        /// A command, an expression, or either followed by filters; its value is printed unless kept.
        case pipeline(Pipeline)
        /// `let NAME = VALUE` (in the current scope) or `set NAME = VALUE` (where NAME already lives).
        case assignment(name: String, value: Pipeline, declares: Bool)
        /// `set OPTION VALUE`, such as `set trace on`.
        case setting(name: String, value: Word)
        /// `if … { } else if … { } else { }`.
        case `if`(branches: [Branch], otherwise: Block?)
        /// `for NAME in VALUE [parallel N] { }`.
        case `for`(variable: String, sequence: Pipeline, parallel: Expression?, body: Block)
        /// `while CONDITION [max N] { }`.
        case `while`(condition: Expression, limit: Expression?, body: Block)
        case `break`
        case `continue`
        /// `return [VALUE]`.
        case `return`(Pipeline?)
        /// `def NAME(PARAMS) { }`.
        case define(Procedure)
        /// `expect CONDITION ["message"]`.
        case expect(condition: Expression, message: Expression?)
        /// `try { } catch [NAME] { }`.
        case `try`(body: Block, errorName: String?, handler: Block)
        /// `on error stop|continue`.
        case onError(continues: Bool)
    }

    public var kind: Kind
    /// The statement's source span, without the newline or `;` that ends it.
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// A statement that runs one command.
    public static func command(_ command: Command) -> Statement {
        Statement(.pipeline(Pipeline(source: .command(command), range: command.range)), range: command.range)
    }

    /// The command of a statement that is one command with no filters.
    public var command: Command? {
        guard case .pipeline(let pipeline) = kind, pipeline.filters.isEmpty, case .command(let command) = pipeline.source
        else { return nil }
        return command
    }
}

/// One `if` or `else if` condition with its block.
public struct Branch: Sendable, Equatable {
    public var condition: Expression
    public var body: Block

    public init(condition: Expression, body: Block) {
        self.condition = condition
        self.body = body
    }
}

/// A procedure defined with `def`, callable like a command.
public struct Procedure: Sendable, Equatable {
    public var name: String
    public var parameters: [String]
    public var body: Block
    /// The span of `def NAME(PARAMS)`.
    public var signatureRange: SourceRange

    public init(name: String, parameters: [String], body: Block, signatureRange: SourceRange) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.signatureRange = signatureRange
    }
}
