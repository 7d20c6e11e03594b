/// What a token is.
///
/// Words are lexed as one token per part (a bareword run or a quoted string); adjacent parts with
/// no leading trivia between them form a single word, which the parser assembles. Punctuation that
/// the language will use later is lexed now, so it can never silently become part of a word.
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
    /// `{`, reserved for blocks.
    case leftBrace
    /// `}`, reserved for blocks.
    case rightBrace
    /// `(`, reserved for parameter lists and expressions.
    case leftParen
    /// `)`, reserved for parameter lists and expressions.
    case rightParen
    /// `|`, reserved for pipelines.
    case pipe
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

    /// True for punctuation that is lexed but not yet part of the grammar.
    public var isReservedPunctuation: Bool {
        switch self {
        case .leftBrace, .rightBrace, .leftParen, .rightParen, .pipe: true
        default: false
        }
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
        case .invalid: "invalid character"
        case .endOfFile: "end of input"
        }
    }
}
