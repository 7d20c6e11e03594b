/// Finds the byte ranges of secrets in bsh text: the word after a secret option, the words that
/// subcommands declare secret (the passwords of `vault encrypt` and `vault verify`), and the value after a key naming a credential (`password=…`,
/// `"token": "…"`), and the password of a URL (`https://user:PASSWORD@host`). Words are read the way the lexer reads them (quotes, escapes, statement ends), so
/// that `vault "verify" HEX` and `vault<TAB>verify HEX` are recognised and `HEX; wait` hides only `HEX`.
struct SecretSpans {
    private let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// A word: where it is in the text, and its value with quotes and escapes removed.
    private struct Word {
        let range: Range<Int>
        let value: String
    }

    /// Every secret, sorted and merged so that no two overlap.
    func all() -> [Range<Int>] {
        let statements = self.statements()
        var spans = statements.flatMap(optionValues) + statements.flatMap(subcommandSecrets) + keyedValues()
            + URLPasswords.ranges(in: bytes)
        spans.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        for span in spans where !span.isEmpty {
            if let last = merged.last, span.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, span.upperBound)
            } else {
                merged.append(span)
            }
        }
        return merged
    }

    /// The words that subcommands declare secret, such as the passwords given to `vault verify`.
    func subcommandSecrets() -> [Range<Int>] {
        statements().flatMap(subcommandSecrets)
    }

    /// Every word but option names after a subcommand whose words are all secret (`vault verify HEX`).
    private func subcommandSecrets(_ words: [Word]) -> [Range<Int>] {
        guard let start = words.indices.dropLast().first(where: { index in
            CommandRegistry.secretSubcommands.contains {
                $0.subcommand.secrets.allWords && words[index].value == $0.command && words[index + 1].value == $0.subcommand.name
            }
        }) else { return [] }
        return words[(start + 2)...].filter { !$0.value.hasPrefix("-") }.map(\.range)
    }

    /// The word after a secret option (`--token T`), or the part after `=` (`--token=T`).
    private func optionValues(_ words: [Word]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for (index, word) in words.enumerated() {
            if index > 0, SecretFilter.secretOptions.contains(words[index - 1].value) {
                spans.append(word.range)
            } else if SecretFilter.secretOptions.contains(where: { word.value.hasPrefix($0 + "=") }),
                let equals = bytes[word.range].firstIndex(of: UInt8(ascii: "=")) {
                spans.append((equals + 1)..<word.range.upperBound)
            }
        }
        return spans
    }

    /// The statements of the text, each as its words. A statement ends at `;`, a line end, a brace,
    /// a parenthesis or a pipe outside quotes; a `#` where a word could start comments out the line.
    private func statements() -> [[Word]] {
        var statements: [[Word]] = [[]]
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isBlank(byte) {
                position += 1
            } else if let next = continuation(at: position) {
                position = next
            } else if Self.endsStatement(byte) {
                if !statements[statements.count - 1].isEmpty { statements.append([]) }
                position += 1
            } else if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            } else {
                let word = self.word(at: &position)
                statements[statements.count - 1].append(word)
            }
        }
        return statements.filter { !$0.isEmpty }
    }

    /// Where the text goes on after a line continuation (a backslash ending a line) at `position`.
    private func continuation(at position: Int) -> Int? {
        guard bytes[position] == UInt8(ascii: "\\"), position + 1 < bytes.count else { return nil }
        if Self.isLineEnd(bytes[position + 1]) { return position + 2 }
        if bytes[position + 1] == UInt8(ascii: "\r"), position + 2 < bytes.count, Self.isLineEnd(bytes[position + 2]) { return position + 3 }
        return nil
    }

    /// A word as the lexer reads it. A quote left open ends at its line's end, as the lexer's does.
    private func word(at position: inout Int, alsoEndingAt separators: String = "") -> Word {
        let start = position
        var value: [UInt8] = []
        while position < bytes.count, !Self.isBlank(bytes[position]), !Self.endsStatement(bytes[position]),
            !separators.utf8.contains(bytes[position]), continuation(at: position) == nil {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                value.append(bytes[position + 1])
                position += 2
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                position += 1
                while position < bytes.count, bytes[position] != byte, !Self.isLineEnd(bytes[position]) {
                    if byte == UInt8(ascii: "\""), bytes[position] == UInt8(ascii: "\\"), position + 1 < bytes.count,
                        !Self.isLineEnd(bytes[position + 1]) {
                        position += 1
                    }
                    value.append(bytes[position])
                    position += 1
                }
                if position < bytes.count, bytes[position] == byte { position += 1 }
            } else {
                value.append(byte)
                position += 1
            }
        }
        return Word(range: start..<position, value: String(decoding: value, as: UTF8.self))
    }

    /// Values after a key that names a credential and a `:` or `=`, with any blanks around them:
    /// `password=x`, `let token = x`, `"password" : "x"` (a quoted key may also have line ends there,
    /// as JSON may). A value that opens a list, record or parenthesis is left alone.
    private func keyedValues() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for separator in bytes.indices where bytes[separator] == UInt8(ascii: ":") || bytes[separator] == UInt8(ascii: "=") {
            // A separator inside a value already hidden starts nothing new (and `token=token=…` stays linear).
            if let last = spans.last, separator < last.upperBound { continue }
            if isOperator(at: separator) { continue }
            guard let (key, quoted) = key(before: separator),
                SecretFilter.lowercasedMarkers.contains(where: { key.contains($0) }) else { continue }
            var start = separator + 1
            while start < bytes.count, Self.isBlank(bytes[start]) || quoted && Self.isLineEnd(bytes[start]) { start += 1 }
            if let end = valueEnd(from: start) { spans.append(start..<end) }
        }
        return spans
    }

    /// True for `==`, `!=`, `<=`, `>=`, `=~` and `::`: comparisons, not assignments.
    private func isOperator(at index: Int) -> Bool {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let previous = index > 0 ? bytes[index - 1] : 0
        if bytes[index] == UInt8(ascii: ":") { return next == UInt8(ascii: ":") || previous == UInt8(ascii: ":") }
        return next == UInt8(ascii: "=") || next == UInt8(ascii: "~") || "=!<>".utf8.contains(previous)
    }

    /// The lowercased key just before the separator at `index`, past blanks and a closing quote
    /// (escaped or not), and whether it was quoted.
    private func key(before index: Int) -> (String, quoted: Bool)? {
        var end = index
        var quoted = false
        while end > 0, Self.isBlank(bytes[end - 1]) || Self.isLineEnd(bytes[end - 1]) { end -= 1 }
        if end > 0, bytes[end - 1] == UInt8(ascii: "\"") || bytes[end - 1] == UInt8(ascii: "'") {
            quoted = true
            end -= 1
            if end > 0, bytes[end - 1] == UInt8(ascii: "\\") { end -= 1 }
        } else if end < index, bytes[end..<index].contains(where: Self.isLineEnd) {
            return nil
        }
        var start = end
        while start > 0, Self.isKeyByte(bytes[start - 1]) { start -= 1 }
        guard start < end else { return nil }
        return (String(decoding: bytes[start..<end], as: UTF8.self).lowercased(), quoted)
    }

    /// Where the value starting at `start` ends: after its closing quote when quoted (`\"` when it
    /// opened with `\"`, inside a bsh string), else at a blank, a quote or punctuation. Nil when there
    /// is no value to hide.
    private func valueEnd(from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let backslash = UInt8(ascii: "\\"), quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'")
        let escaped = bytes[start] == backslash && start + 1 < bytes.count && bytes[start + 1] == quote
        let opening = escaped ? quote : bytes[start]
        if escaped {
            var position = start + 2
            while position < bytes.count, !Self.isLineEnd(bytes[position]) {
                let byte = bytes[position]
                if byte == backslash, position + 1 < bytes.count {
                    if bytes[position + 1] == quote { return position + 2 }
                    position += 2
                    continue
                }
                if byte == quote { return position }
                position += 1
            }
            return position
        }
        if "([{".utf8.contains(opening) || Self.endsValue(opening) && opening != quote && opening != apostrophe { return nil }
        // The value is a word as the lexer reads it, quotes and what follows them included (`ab"cd ef"`,
        // `"abc"def`); an open quote ends at the line's end.
        var position = start
        return word(at: &position, alsoEndingAt: ",]").range.upperBound
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isLineEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n")
    }

    private static func endsStatement(_ byte: UInt8) -> Bool {
        ";\n{}()|".utf8.contains(byte)
    }

    private static func endsValue(_ byte: UInt8) -> Bool {
        isBlank(byte) || ";\n,)]}|\"'".utf8.contains(byte)
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "_-.$".utf8.contains(byte)
        }
    }
}
