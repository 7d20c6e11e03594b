/// What a token is.
///
/// Words are lexed as one token per part (a bareword run or a quoted string); adjacent parts with
/// no leading trivia between them form a single word, which the parser assembles. Expressions (after
/// `if`, `where`, `let x =`, inside `(…)` and `${…}`) are lexed in a finer mode: names, numbers,
/// variables and operators.
public enum TokenKind: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Unquoted word text, after backslash escapes are applied.
    case bareword
    /// `'…'`: literal text with no escapes.
    case singleQuotedString
    /// `"…"`: text with backslash escapes applied.
    case doubleQuotedString
    /// The end of a line (`\n` or `\r\n`); ends a statement.
    case newline
    /// `;`; ends a statement.
    case semicolon
    /// `{`, opening a block.
    case leftBrace
    /// `}`, closing a block.
    case rightBrace
    /// `(`, opening a parameter list, a call's arguments or a nested pipeline.
    case leftParen
    /// `)`.
    case rightParen
    /// `|`, between the stages of a pipeline.
    case pipe
    /// `[` in an expression: a list or an index.
    case leftBracket
    /// `]` in an expression.
    case rightBracket
    /// `,` in an expression.
    case comma
    /// `.` in an expression: field access.
    case dot
    /// `$name` in an expression; the value is the name.
    case variable
    /// A name in an expression: a field, a builtin, or a keyword such as `and` or `true`.
    case identifier
    /// A number in an expression, with any unit: `42`, `1.5`, `10MB`, `30s`.
    case number
    /// An operator in an expression: `==`, `!=`, `<`, `<=`, `>`, `>=`, `+`, `-`, `*`, `/`, `%`, `=`.
    case `operator`
    /// Text that cannot start any token, such as a stray control character. The lexer has
    /// already reported it.
    case invalid
    /// The end of the input; `Lexer.next()` keeps returning it.
    case endOfFile

    /// True for the kinds that make up words.
    public var isWordPart: Bool {
        switch self {
        case .bareword, .singleQuotedString, .doubleQuotedString: true
        default: false
        }
    }

    /// True for quoted word parts.
    public var isQuoted: Bool {
        self == .singleQuotedString || self == .doubleQuotedString
    }

    /// True for the kinds that end a statement.
    public var isStatementTerminator: Bool {
        self == .newline || self == .semicolon || self == .endOfFile
    }


    public var description: String {
        switch self {
        case .bareword: "word"
        case .singleQuotedString: "single-quoted string"
        case .doubleQuotedString: "double-quoted string"
        case .newline: "newline"
        case .semicolon: "';'"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .leftParen: "'('"
        case .rightParen: "')'"
        case .pipe: "'|'"
        case .leftBracket: "'['"
        case .rightBracket: "']'"
        case .comma: "','"
        case .dot: "'.'"
        case .variable: "variable"
        case .identifier: "name"
        case .number: "number"
        case .operator: "operator"
        case .invalid: "invalid character"
        case .endOfFile: "end of input"
        }
    }
}
