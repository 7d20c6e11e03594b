import BshLanguage

func source(_ text: String, name: String = "test.bsh") -> SourceFile {
    SourceFile(name: name, text: text)
}

func lex(_ text: String) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    Lexer.tokenize(source(text))
}

func kinds(_ text: String) -> [TokenKind] {
    lex(text).tokens.map(\.kind)
}

func parse(_ text: String) -> ParseResult {
    Parser.parse(source(text))
}

/// Each command as its name followed by its arguments.
func commandWords(_ text: String) -> [[String]] {
    parse(text).program.statements.map { statement in
        guard let command = statement.command else { return ["<not a command>"] }
        return [command.name.value] + command.arguments.map(\.value)
    }
}

/// The words of a one-command script.
func words(_ text: String) -> [Word] {
    guard let command = parse(text).program.statements.first?.command else { return [] }
    return [command.name] + command.arguments
}

/// Diagnostics as `line:column message`, for compact comparisons.
func located(_ diagnostics: [Diagnostic], in text: String) -> [String] {
    let file = source(text)
    return diagnostics.map { "\(file.location(of: $0.range.start)) \($0.message)" }
}

/// The range of the first occurrence of `needle` in `text`, as UTF-8 offsets.
func range(of needle: String, in text: String) -> SourceRange? {
    let haystack = Array(text.utf8)
    let target = Array(needle.utf8)
    guard !target.isEmpty, haystack.count >= target.count else { return nil }
    for start in 0...(haystack.count - target.count) where Array(haystack[start..<start + target.count]) == target {
        return SourceRange(start: start, end: start + target.count)
    }
    return nil
}
