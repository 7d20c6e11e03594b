import BshValues

/// Commands about the shell itself: `help`, `echo`, `exit`.
enum ShellCommands: CommandFamily {
    /// `echo` and `print`: words joined by spaces; a single list or record renders as a table, or as
    /// JSON with `--json`.
    static func echo(_ name: String) -> CommandSpec {
        CommandSpec(
            name, group: .shell, summary: "print values: text, or a table for a list or a record (--json: JSON)",
            usage: "\(name) [--json] [VALUE…]", example: "\(name) \"${len($r.items)} files\"", usesService: false
        ) { _, arguments in
            var values: [Value] = []
            while let value = arguments.nextValue() { values.append(value) }
            let asJSON = values.first == .string("--json")
            if asJSON { values.removeFirst() }
            if asJSON { return .json(values.count == 1 ? values[0] : .list(values)) }
            if values.count == 1 {
                switch values[0] {
                case .list, .record: return .value(values[0])
                default: break
                }
            }
            return .text(values.map { $0.text() }.joined(separator: " "))
        }
    }

    static let specs: [CommandSpec] = [
        CommandSpec(
            "help", group: .shell, summary: "list the commands, or explain one", usage: "help [COMMAND]",
            example: "help browse", usesService: false
        ) { shell, arguments in
            let name = arguments.next()
            try arguments.finish(usage: "help [COMMAND]")
            return .text(try Help.text(for: name, width: shell.host.outputWidth))
        },
        echo("echo"),
        echo("print"),
        CommandSpec(
            "history", group: .shell, summary: "list the lines typed at the prompt", usage: "history [COUNT]",
            example: "history 20", usesService: false
        ) { shell, arguments in
            let count = arguments.next()
            try arguments.finish(usage: "history [COUNT]")
            guard let limit = Int(count ?? "\(Int.max)"), limit >= 0 else {
                throw ShellError.usage("'\(count ?? "")' is not a count", hint: "usage: history [COUNT]")
            }
            let entries = shell.host.historyEntries()
            let first = max(0, entries.count - limit)
            guard first < entries.count else { return .none }
            return .text(entries.enumerated().dropFirst(first).map { "\($0.offset + 1)  \($0.element)" }.joined(separator: "\n"))
        },
        CommandSpec(
            "exit", group: .shell, summary: "leave the shell, with an exit code", usage: "exit [CODE]",
            example: "exit 3", usesService: false
        ) { _, arguments in
            let code = arguments.next()
            try arguments.finish(usage: "exit [CODE]")
            guard let code else { throw ExitRequest(status: 0) }
            guard let status = Int32(code), (0...255).contains(status) else {
                throw ShellError.usage("'\(code)' is not an exit code", hint: "use a number from 0 to 255")
            }
            throw ExitRequest(status: status)
        },
    ]
}
