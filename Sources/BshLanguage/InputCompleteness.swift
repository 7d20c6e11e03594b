/// Decides whether interactive input can be run as it stands or needs more lines.
public enum InputCompleteness {
    /// False while the text ends inside a quoted string, inside a `{` block, or right after a
    /// line-continuation backslash; true otherwise, even when the text has other errors (those
    /// are for the parser to report).
    public static func isComplete(_ text: String) -> Bool {
        var lexer = Lexer(SourceFile(name: "", text: text))
        var openBraces = 0
        while true {
            let token = lexer.next()
            if token.isUnterminated { return false }
            switch token.kind {
            case .leftBrace: openBraces += 1
            case .rightBrace: openBraces = max(0, openBraces - 1)
            case .endOfFile: return openBraces == 0 && !lexer.endsInLineContinuation
            default: break
            }
        }
    }
}
