/// A value-producing piece of syntax: in conditions (`if`, `while`, `where`, `expect`), after `let x =`,
/// inside `(…)` and `${…}`.
public struct Expression: Sendable, Equatable {
    /// What an expression is.
    public indirect enum Kind: Sendable, Equatable {
        /// A number as written, with any unit: `42`, `1.5`, `10MB`, `30s`.
        case number(String)
        /// A string with no references in it (single-quoted, or double-quoted without `$`).
        case string(String)
        /// A double-quoted string with `$name` or `${…}` references.
        case interpolated([StringSegment])
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
        /// `$name`.
        case variable(String)
        /// A bare name: a field of the item in `where`, `sort` and `each`, as in `where status == "idle"`.
        case field(String)
        /// `base.name`.
        case member(Expression, String)
        /// `base[index]`.
        case index(Expression, Expression)
        /// `name(arguments…)`: a builtin.
        case call(String, [Expression])
        /// `not x` or `-x`.
        case unary(UnaryOperator, Expression)
        /// `a OP b`; the operator as written (`==`, `and`, `in`, `matches`, …).
        case binary(String, Expression, Expression)
        /// `[a, b, …]`.
        case list([Expression])
        /// `(pipeline)`: a command or pipeline whose value is used.
        case pipeline(Pipeline)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A prefix operator.
public enum UnaryOperator: String, Sendable, Equatable {
    case not
    case negate = "-"
}

/// A part of an interpolated string or word: literal text, or an expression whose value is inserted.
public enum StringSegment: Sendable, Equatable {
    case text(String)
    case expression(Expression)
}
