extension Lexer {
    /// Scans the value reference starting at `offset` (a `$`): `$name` with any `.field` and `[index]`
    /// after it, `$1`, or `${expression}`. Returns the offset after the reference and the span of
    /// the expression to evaluate, or nil when the `$` starts no reference and is plain text.
    mutating func scanReference(at offset: Int, limit: Int) -> (end: Int, expression: SourceRange)? {
        guard let next = byte(at: offset + 1), offset + 1 < limit else { return nil }
        if next == ASCII.leftBrace {
            guard let close = matchingBrace(after: offset + 1, limit: limit) else {
                diagnostics.append(.error(
                    "unterminated '${'", at: SourceRange(start: offset, end: offset + 2),
                    hint: "close the expression with '}', or write \\$ for a literal dollar sign"))
                return nil
            }
            return (close + 1, SourceRange(start: offset + 2, end: close))
        }
        var cursor = offset + 1
        if ASCII.isDigit(next) {
            while cursor < limit, let byte = byte(at: cursor), ASCII.isDigit(byte) { cursor += 1 }
            return (cursor, SourceRange(start: offset, end: cursor))
        }
        guard ASCII.isNameStart(next) else { return nil }
        cursor = nameEnd(from: cursor, limit: limit)
        while cursor < limit, let byte = byte(at: cursor) {
            if byte == ASCII.dot, cursor + 1 < limit, let after = self.byte(at: cursor + 1), ASCII.isNameStart(after) {
                cursor = nameEnd(from: cursor + 1, limit: limit)
            } else if byte == ASCII.leftBracket, let close = matchingBracket(after: cursor, limit: limit) {
                cursor = close + 1
            } else {
                break
            }
        }
        return (cursor, SourceRange(start: offset, end: cursor))
    }

    private func nameEnd(from offset: Int, limit: Int) -> Int {
        var cursor = offset
        while cursor < limit, let byte = byte(at: cursor), ASCII.isNameContinuation(byte) { cursor += 1 }
        return cursor
    }

    /// The offset of the `}` matching the `{` at `open`, skipping nested braces and quoted strings;
    /// nil when the line ends first.
    func matchingBrace(after open: Int, limit: Int) -> Int? {
        matching(ASCII.leftBrace, ASCII.rightBrace, after: open, limit: limit)
    }

    private func matchingBracket(after open: Int, limit: Int) -> Int? {
        matching(ASCII.leftBracket, ASCII.rightBracket, after: open, limit: limit)
    }

    /// The longest `${…}` or `[…]` looked for: a line of thousands of unclosed `${` would otherwise
    /// cost a search to the line's end for each.
    static let maximumReferenceLength = 4096

    private func matching(_ opening: UInt8, _ closing: UInt8, after open: Int, limit: Int) -> Int? {
        var depth = 0
        var cursor = open
        var quote: UInt8?
        let stop = min(limit, open + Self.maximumReferenceLength)
        while cursor < stop, let byte = byte(at: cursor), byte != ASCII.lineFeed {
            if let open = quote {
                if byte == ASCII.backslash, open == ASCII.doubleQuote {
                    cursor += 1
                } else if byte == open {
                    quote = nil
                }
            } else if byte == ASCII.singleQuote || byte == ASCII.doubleQuote {
                quote = byte
            } else if byte == opening {
                depth += 1
            } else if byte == closing {
                depth -= 1
                if depth == 0 { return cursor }
            }
            cursor += 1
        }
        return nil
    }
}
