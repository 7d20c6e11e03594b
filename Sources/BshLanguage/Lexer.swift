/// Splits source text into tokens, one at a time.
///
/// The lexer never fails: text it cannot make sense of still becomes a token (an `.invalid` one,
/// or a string marked unterminated), and the problem is added to `diagnostics` with a range
/// and a hint. Whitespace, comments and line continuations are trivia; they produce no tokens
/// but set `hasLeadingTrivia` on the token after them.
public struct Lexer: Sendable {
    /// The source as UTF-8. All syntax is ASCII, so byte-wise scanning never splits a character.
    let bytes: [UInt8]
    /// The offset where this lexer's input ends: the end of the file, or of an interpolated expression.
    let end: Int
    /// The offset of the next unread byte.
    var position: Int
    var previousKind: TokenKind?
    /// The problems found so far, in source order.
    public internal(set) var diagnostics: [Diagnostic] = []
    /// True when the input ends with a backslash outside quotes: a line continuation still
    /// waiting for its next line.
    var endsInLineContinuation = false

    public init(_ source: SourceFile) {
        bytes = Array(source.text.utf8)
        end = bytes.count
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        position = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
    }

    /// A lexer over part of the same text, such as the expression inside `${…}`; offsets stay the file's.
    init(bytes: [UInt8], range: SourceRange) {
        self.bytes = bytes
        self.end = range.end
        self.position = range.start
    }

    /// Where the lexer is, to lex the same text again in another mode.
    struct Checkpoint {
        let position: Int
        let previousKind: TokenKind?
        let diagnosticCount: Int
        let endsInLineContinuation: Bool
    }

    var checkpoint: Checkpoint {
        Checkpoint(position: position, previousKind: previousKind, diagnosticCount: diagnostics.count,
                   endsInLineContinuation: endsInLineContinuation)
    }

    /// Goes back to a checkpoint, forgetting what was reported since.
    mutating func rewind(to checkpoint: Checkpoint) {
        position = checkpoint.position
        previousKind = checkpoint.previousKind
        endsInLineContinuation = checkpoint.endsInLineContinuation
        if diagnostics.count > checkpoint.diagnosticCount { diagnostics.removeLast(diagnostics.count - checkpoint.diagnosticCount) }
    }

    /// Lexes a whole file. The last token is always `.endOfFile`.
    public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        repeat {
            tokens.append(lexer.next())
        } while tokens.last?.kind != .endOfFile
        return (tokens, lexer.diagnostics)
    }

    /// Returns the next token, or `.endOfFile` once the input is used up.
    public mutating func next() -> Token {
        next(afterTrivia: skipTrivia())
    }

    /// Lexes a token in command mode once trivia before it has been skipped.
    mutating func next(afterTrivia hasTrivia: Bool) -> Token {
        let start = position
        let token: Token
        if position == end {
            token = Token(kind: .endOfFile, range: SourceRange(at: start), value: "", hasLeadingTrivia: hasTrivia)
        } else {
            switch bytes[position] {
            case ASCII.lineFeed: token = punctuation(.newline, length: 1, hasTrivia)
            case ASCII.carriageReturn where byte(at: position + 1) == ASCII.lineFeed:
                token = punctuation(.newline, length: 2, hasTrivia)
            case ASCII.semicolon: token = punctuation(.semicolon, length: 1, hasTrivia)
            case ASCII.leftBrace: token = punctuation(.leftBrace, length: 1, hasTrivia)
            case ASCII.rightBrace: token = punctuation(.rightBrace, length: 1, hasTrivia)
            case ASCII.leftParen: token = punctuation(.leftParen, length: 1, hasTrivia)
            case ASCII.rightParen: token = punctuation(.rightParen, length: 1, hasTrivia)
            case ASCII.pipe: token = punctuation(.pipe, length: 1, hasTrivia)
            case ASCII.singleQuote: token = lexSingleQuotedString(hasLeadingTrivia: hasTrivia)
            case ASCII.doubleQuote: token = lexDoubleQuotedString(hasLeadingTrivia: hasTrivia)
            case let byte where ASCII.isControl(byte): token = lexControlCharacter(hasLeadingTrivia: hasTrivia)
            default: token = lexBareword(hasLeadingTrivia: hasTrivia)
            }
        }
        previousKind = token.kind
        return token
    }

    /// The byte at `offset`, or nil past the end.
    func byte(at offset: Int) -> UInt8? {
        offset < end ? bytes[offset] : nil
    }

    /// The source text between two offsets.
    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Skips blanks, comments and line continuations; returns true if any blank or comment was
    /// seen. A line continuation alone does not separate words, as in a POSIX shell.
    mutating func skipTrivia() -> Bool {
        var sawTrivia = false
        while let byte = byte(at: position) {
            if ASCII.isBlank(byte) {
                position += 1
                sawTrivia = true
            } else if byte == ASCII.backslash, skipLineContinuation() {
                continue
            } else if byte == ASCII.hash, sawTrivia || previousKind?.isWordPart != true {
                // `#` starts a comment only where a word could start; `a#b` is one word.
                position = endOfLine(from: position)
                sawTrivia = true
            } else {
                break
            }
        }
        return sawTrivia
    }

    /// Skips a backslash that ends a line (or the input), returning false if the backslash at
    /// `position` is not a line continuation.
    mutating func skipLineContinuation() -> Bool {
        switch byte(at: position + 1) {
        case nil:
            position += 1
            endsInLineContinuation = true
        case ASCII.lineFeed:
            position += 2
        case ASCII.carriageReturn where byte(at: position + 2) == ASCII.lineFeed:
            position += 3
        default:
            return false
        }
        return true
    }

    /// The offset of the line terminator (`\n` or `\r\n`) at or after `offset`, or the end of input.
    func endOfLine(from offset: Int) -> Int {
        var end = offset
        while let byte = byte(at: end), byte != ASCII.lineFeed {
            end += 1
        }
        if end < self.end, end > offset, bytes[end - 1] == ASCII.carriageReturn {
            end -= 1
        }
        return end
    }

    mutating func punctuation(_ kind: TokenKind, length: Int, _ hasTrivia: Bool) -> Token {
        let start = position
        position += length
        return Token(kind: kind, range: SourceRange(start: start, end: position), value: text(start, position),
                     hasLeadingTrivia: hasTrivia)
    }

    mutating func lexControlCharacter(hasLeadingTrivia: Bool) -> Token {
        let control = bytes[position]
        let token = punctuation(.invalid, length: 1, hasLeadingTrivia)
        if control == ASCII.carriageReturn {
            diagnostics.append(.error("stray carriage return", at: token.range, hint: "end lines with \\n or \\r\\n"))
        } else {
            diagnostics.append(.error(
                "unexpected control character \(ASCII.codePointName(control))", at: token.range,
                hint: "remove it, or write it in a double-quoted string as \\u{\(ASCII.hex(control))}"))
        }
        return token
    }
}
