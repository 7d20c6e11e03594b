import BshValues

/// The text `help` prints: on a terminal, wrapped to its width.
enum Help {
    /// The overview of all commands, or one command's usage and example; wrapped to `width`
    /// columns when given (a terminal), else each entry on one line.
    static func text(for name: String?, width: Int? = nil) throws -> String {
        guard let name else { return overview(width: width) }
        guard let spec = CommandRegistry.command(named: name) else {
            throw ShellError.usage("no command '\(name)'", hint: "'help' lists the commands")
        }
        guard let width else {
            var text = "\(spec.name): \(spec.summary)\n\n"
            for (index, form) in forms(of: spec.usage).enumerated() { text += (index == 0 ? "usage:   " : "         ") + form + "\n" }
            text += "example: \(spec.example)\n"
            if !spec.subcommands.isEmpty {
                text += "subcommands:\n" + spec.subcommands.map { "  \($0.usage)\n" }.joined()
            }
            return text
        }
        var text = TextWrapping.hanging(spec.summary, first: "\(spec.name): ", indent: 2, width: width) + "\n"
        for (index, form) in forms(of: spec.usage).enumerated() {
            text += TextWrapping.hanging(form, first: index == 0 ? "usage:   " : "         ", indent: 11, width: width)
        }
        text += TextWrapping.hanging(spec.example, first: "example: ", indent: 11, width: width)
        if !spec.subcommands.isEmpty {
            text += "subcommands:\n"
            text += spec.subcommands.map { TextWrapping.hanging($0.usage, first: "  ", indent: 6, width: width) }.joined()
        }
        return text
    }

    /// The forms a usage gives as alternatives (`use backup BACKUP | use live`), one per line; a
    /// `|` inside brackets (`[BACKUP2 | live]`) stays.
    static func forms(of usage: String) -> [String] {
        var forms: [String] = []
        var current = ""
        var depth = 0
        var rest = Substring(usage)
        while let character = rest.first {
            if character == "[" || character == "(" { depth += 1 }
            if character == "]" || character == ")" { depth -= 1 }
            if depth == 0, rest.hasPrefix(" | ") {
                forms.append(current)
                current = ""
                rest = rest.dropFirst(3)
                continue
            }
            current.append(character)
            rest = rest.dropFirst()
        }
        return forms + [current]
    }

    private static let footer = """
        Statements are separated by newlines or ';'. 'help COMMAND' shows an example.
        The language: let x = VALUE, $x, "${expr}", if/else, for x in LIST [parallel N], while, def,
        expect, try/catch, on error continue, and pipelines: CMD | where COND | sort F | select F… | count.
        docs/LANGUAGE.md describes it all.

        """

    private static func overview(width: Int?) -> String {
        var text = ""
        for group in CommandSpec.Group.allCases {
            let specs = CommandRegistry.all.filter { $0.group == group }
            guard !specs.isEmpty else { continue }
            text += "\(group.rawValue):\n"
            guard let width else {
                let usageWidth = specs.map(\.usage.count).max() ?? 0
                for spec in specs {
                    text += "  " + spec.usage + String(repeating: " ", count: max(0, usageWidth - spec.usage.count)) + "  " + spec.summary + "\n"
                }
                text += "\n"
                continue
            }
            text += entries(specs.map { ($0.usage, $0.summary) }, width: width) + "\n"
        }
        guard let width else { return text + footer }
        // The footer's paragraphs: its lines up to the pointer to the guide, and that pointer.
        let lines = footer.split(separator: "\n")
        let paragraphs = [lines.dropLast().joined(separator: " "), String(lines.last ?? "")]
        return text + paragraphs.map { TextWrapping.hanging($0, indent: 0, width: width) }.joined()
    }

    /// Usage–summary entries in two columns that fit `width`: the usage column is as wide as the
    /// widest usage of at most two fifths of it; a longer usage takes a line of its own with its
    /// summary below, at the same indentation. Summaries wrap under themselves.
    static func entries(_ entries: [(usage: String, summary: String)], width: Int) -> String {
        let cap = max(16, width * 2 / 5)
        let usageWidth = entries.map(\.usage.count).filter { $0 <= cap }.max() ?? cap
        // Too narrow for two columns: every summary under its usage.
        let summaryIndent = width - (4 + usageWidth) >= 24 ? 4 + usageWidth : 6
        var text = ""
        for entry in entries {
            if entry.usage.count <= usageWidth, summaryIndent == 4 + usageWidth {
                let first = "  " + entry.usage + String(repeating: " ", count: max(0, usageWidth - entry.usage.count)) + "  "
                text += TextWrapping.hanging(entry.summary, first: first, indent: summaryIndent, width: width)
            } else {
                text += TextWrapping.hanging(entry.usage, first: "  ", indent: 6, width: width)
                let indent = String(repeating: " ", count: summaryIndent)
                text += TextWrapping.hanging(entry.summary, first: indent, indent: summaryIndent, width: width)
            }
        }
        return text
    }
}
