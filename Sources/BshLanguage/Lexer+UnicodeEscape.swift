extension Lexer {
    /// Applies a `\u{…}` escape starting at `offset` (the backslash) and returns the offset
    /// after it. A malformed escape is reported and contributes nothing to the value.
    mutating func lexUnicodeEscape(at offset: Int, contentEnd: Int, into value: inout [UInt8]) -> Int {
        let example = "as in \\u{e9}"
        var cursor = offset + 2
        guard cursor < contentEnd, bytes[cursor] == ASCII.leftBrace else {
            diagnostics.append(.error(
                "invalid Unicode escape", at: SourceRange(start: offset, end: cursor),
                hint: "write 1 to 8 hex digits in braces, \(example)"))
            return cursor
        }
        cursor += 1
        let digitsStart = cursor
        var scalarValue: UInt32 = 0
        while cursor < contentEnd, let digit = ASCII.hexValue(bytes[cursor]) {
            if cursor - digitsStart < 8 { scalarValue = scalarValue * 16 + digit }
            cursor += 1
        }
        let digits = text(digitsStart, cursor)

        guard cursor < contentEnd, bytes[cursor] == ASCII.rightBrace else {
            // Point at the character that should have been a digit or `}` too, if there is one.
            var end = cursor
            if cursor < contentEnd, !ASCII.isControl(bytes[cursor]) {
                end += ASCII.sequenceLength(leadingByte: bytes[cursor])
            }
            diagnostics.append(.error(
                "invalid Unicode escape", at: SourceRange(start: offset, end: end),
                hint: "expected hex digits and a closing }, \(example)"))
            return cursor
        }
        cursor += 1
        let range = SourceRange(start: offset, end: cursor)

        if digits.isEmpty {
            diagnostics.append(.error(
                "empty Unicode escape", at: range, hint: "put 1 to 8 hex digits between the braces, \(example)"))
        } else if digits.count > 8 {
            diagnostics.append(.error(
                "Unicode escape with more than 8 hex digits", at: range, hint: "write at most 8 hex digits, \(example)"))
        } else if let scalar = Unicode.Scalar(scalarValue) {
            value.append(contentsOf: String(scalar).utf8)
        } else {
            diagnostics.append(.error(
                "\\u{\(digits)} is not a Unicode scalar value", at: range,
                hint: "use a value up to 10FFFF, outside the surrogates D800–DFFF"))
        }
        return cursor
    }
}
