/// A value-producing piece of syntax: in conditions (`if`, `while`, `where`, `expect`), after `let x =`,
/// inside `(…)` and `${…}`.
public struct Expression: Sendable, Equatable {
    /// What an expression is. Only the cases holding other expressions are boxed: leaves (names,
    /// numbers, strings), most of a script's nodes, take no allocation of their own.
    public enum Kind: Sendable, Equatable {
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
        indirect case member(Expression, String)
        /// `base[index]`.
        indirect case index(Expression, Expression)
        /// `name(arguments…)`: a builtin.
        indirect case call(String, [Expression])
        /// `not x` or `-x`.
        indirect case unary(UnaryOperator, Expression)
        /// `a OP b`.
        indirect case binary(BinaryOperator, Expression, Expression)
        /// `[a, b, …]`.
        case list([Expression])
        /// `(pipeline)`: a command or pipeline whose value is used.
        indirect case pipeline(Pipeline)
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// An infix operator, by its spelling.
public enum BinaryOperator: String, Sendable, Equatable, CaseIterable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case `in`, matches
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"

    /// How tightly it binds: 1 `or`, 2 `and`, 3 comparisons, 4 `+ -`, 5 `* / %`.
    public var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .in, .matches: 3
        case .add, .subtract: 4
        case .multiply, .divide, .remainder: 5
        }
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
