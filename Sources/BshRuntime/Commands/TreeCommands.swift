import BshValues
import CloudBackupAPI
import Foundation

/// Walking and marking a tree for a restore, as bconsole's restore tree does: `use` chooses the
/// tree (a backup or the agent's own files), `mark`/`unmark` select, `marks` and `estimate` show
/// the selection, `find` searches.
enum TreeCommands: CommandFamily {
    static let useUsage = "use backup BACKUP | use backup --as-of TIME | use live"
    static let findUsage = "find PATTERN [--in PATH] [--larger SIZE] [--max-depth N]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "use", group: .files, summary: "work on a backup's files (cd, ls, find, mark) or the agent's own",
            usage: useUsage, example: "use backup --as-of 1d; cd /etc; ls",
            subcommands: [
                Subcommand("backup", usage: "use backup BACKUP | use backup --as-of TIME", example: "use backup --as-of 2d") {
                    shell, arguments in
                    try await shell.useBackup(&arguments)
                },
                Subcommand("live", usage: "use live", example: "use live") { shell, arguments in
                    try arguments.finish(usage: "use live")
                    shell.workspace.trees.backupInUse = nil
                    let tree = try shell.currentTree(for: "use live")
                    return CommandResult.none.noting("using \(tree.label)'s own files")
                },
            ]
        ),
        CommandSpec(
            "mark", group: .files, summary: "mark paths or patterns of the current tree for a restore",
            usage: "mark PATTERN…", example: "use backup last; mark /etc/*.conf /etc/ssh", usesService: false
        ) { shell, arguments in
            let tree = try shell.currentTree(for: "mark /etc/hosts")
            let patterns = try shell.patterns(&arguments, usage: "mark PATTERN…", in: tree)
            var marks = shell.workspace.trees.marks[tree]
            for pattern in patterns { marks.mark(pattern) }
            shell.workspace.trees.marks[tree] = marks
            return .none
        },
        CommandSpec(
            "unmark", group: .files, summary: "take paths or patterns out of the selection; --all clears it",
            usage: "unmark PATTERN… | unmark --all", example: "mark /etc; unmark /etc/ssh", usesService: false
        ) { shell, arguments in
            let tree = try shell.currentTree(for: "unmark /etc/hosts")
            var marks = shell.workspace.trees.marks[tree]
            if arguments.peek() == "--all" {
                _ = arguments.next()
                try arguments.finish(usage: "unmark --all")
                marks.clear()
            } else {
                for pattern in try shell.patterns(&arguments, usage: "unmark PATTERN… | unmark --all", in: tree) {
                    guard marks.unmark(pattern) else {
                        throw ShellError.failure(
                            "nothing marked covers '\(pattern.path.escaped)'", hint: "'marks' shows what is marked")
                    }
                }
            }
            shell.workspace.trees.marks[tree] = marks
            return .none
        },
        CommandSpec(
            "marks", group: .files, summary: "what is marked in the current tree, and the entries matched so far",
            usage: "marks", example: "mark /etc/*.conf; marks", usesService: false
        ) { shell, arguments in
            try arguments.finish(usage: "marks")
            let tree = try shell.currentTree(for: "marks")
            return .value(.list(shell.markRecords(in: tree)))
        },
        CommandSpec(
            "estimate", group: .files, summary: "count the files and bytes marked in the current tree",
            usage: "estimate", example: "mark /etc; estimate"
        ) { shell, arguments in
            try arguments.finish(usage: "estimate")
            let tree = try shell.currentTree(for: "estimate")
            let selection = try await shell.selection(of: try shell.requireMarks(in: tree), in: tree)
            let totals = try await shell.estimate(selection, in: tree)
            return CommandResult.value(.record(Record([
                ("files", .int(totals.files)), ("bytes", .int(totals.bytes)), ("directories", .int(totals.directories)),
            ]))).noting(selection.notes)
        },
        CommandSpec(
            "find", group: .files, summary: "search the current tree for names matching a pattern",
            usage: findUsage, example: "find '*.conf' --in /etc --larger 1k"
        ) { shell, arguments in
            try await shell.find(&arguments)
        },
    ]
}

extension Shell {
    func useBackup(_ arguments: inout Arguments) async throws -> CommandResult {
        let usage = "use backup BACKUP | use backup --as-of TIME"
        let options = try OptionWords(&arguments, valued: ["--as-of"], usage: usage)
        let backup: BackupInUse
        if let time = options.value("--as-of") {
            guard options.positional.isEmpty else { throw ShellError.usage("give a BACKUP or --as-of, not both", hint: "usage: \(usage)") }
            let agent = try requireAgent(for: "use backup --as-of \(time)")
            backup = try await backupInUse(asOf: try Self.pointInTime(time), agent: agent, written: time)
        } else {
            guard options.positional.count == 1 else { throw ShellError.usage("give one BACKUP", hint: "usage: \(usage)") }
            backup = try await backupInUse(options.positional[0])
        }
        var notes: [String] = []
        if workspace.currentAgent?.id != backup.agent.id {
            notes.append("agent \(backup.agent.name) (\(backup.agent.id))")
            workspace.currentAgent = backup.agent
        }
        workspace.trees.backupInUse = backup
        let ended = backup.ended.map { ", ended \($0)" } ?? ""
        return CommandResult.none.noting(notes + ["using backup \(backup.id.prefix(8)) of \(backup.agent.name)\(ended)"])
    }

    /// `--as-of`'s time, or a usage error saying what it takes.
    static func pointInTime(_ text: String, now: Date = Date()) throws -> Date {
        guard let time = PointInTime.parse(text, now: now, timeZone: .current) else {
            throw ShellError.usage(
                "'\(text)' is not a time", hint: "give a duration ago (36h, 2d), a date (2026-12-03) or a date and time (2026-12-03T14:30)")
        }
        return time
    }

    /// The patterns of `mark` or `unmark`: words relative to the current directory, or values that
    /// `find` and `marks` return (their `path` is taken literally).
    func patterns(_ arguments: inout Arguments, usage: String, in tree: FileTree) throws -> [PathPattern] {
        var patterns: [PathPattern] = []
        func add(_ value: Value) throws {
            switch value {
            case .string(let text): patterns.append(try PathPattern(text, from: directory(in: tree)))
            case .list(let items): try items.forEach(add)
            case .record(let record):
                guard case .string(let path)? = record["path"] else {
                    throw ShellError.usage("a record to mark needs a 'path'", hint: "mark the entries 'find' returns")
                }
                patterns.append(PathPattern(literal: RemotePath.resolve(RemoteName(escaped: path), from: directory(in: tree))))
            default:
                throw ShellError.usage("cannot mark a \(value.typeName)", hint: "usage: \(usage)")
            }
        }
        while let value = arguments.nextValue() { try add(value) }
        guard !patterns.isEmpty else { throw ShellError.usage("missing PATTERN", hint: "usage: \(usage)") }
        return patterns
    }

    /// The marks of a tree; a failure when nothing is marked.
    func requireMarks(in tree: FileTree) throws -> Marks {
        let marks = workspace.trees.marks[tree]
        guard !marks.isEmpty else {
            throw ShellError.failure("nothing is marked in \(tree.label)", hint: "mark paths first, e.g. 'mark /etc/hosts'")
        }
        return marks
    }

    /// One record per rule: the pattern, whether it marks or unmarks, and the entries it matches
    /// among the directories listed so far (nothing is browsed).
    func markRecords(in tree: FileTree) -> [Value] {
        let cache = workspace.browseCache
        var seen: [TreeEntry] = []
        for path in cache.paths(agentID: tree.cacheKey) {
            guard let listing = cache.result(agentID: tree.cacheKey, path: path) else { continue }
            seen += listing.items.map { TreeEntry($0, in: path) }
        }
        return workspace.trees.marks[tree].rules.map { rule in
            let matched = seen.filter { rule.pattern.matches($0.path) }.sorted { $0.path < $1.path }
            return .record(Record([
                ("pattern", .string(rule.pattern.path.escaped)), ("rule", .string(rule.marks ? "mark" : "unmark")),
                ("matched", .list(matched.map(\.value))),
            ]))
        }
    }

    func find(_ arguments: inout Arguments) async throws -> CommandResult {
        let usage = TreeCommands.findUsage
        let options = try OptionWords(&arguments, valued: ["--in", "--larger", "--max-depth"], usage: usage)
        guard options.positional.count == 1, let text = options.positional.first else {
            throw ShellError.usage(options.positional.isEmpty ? "missing PATTERN" : "give one PATTERN", hint: "usage: \(usage)")
        }
        let tree = try currentTree(for: "find '*.conf'")
        let start = RemotePath.resolve(RemoteName(escaped: options.value("--in") ?? "."), from: directory(in: tree))
        let larger = try options.value("--larger").map { word -> Int in
            guard case .int(let bytes)? = NumberLiteral.parse(word), bytes >= 0 else {
                throw ShellError.usage("'\(word)' is not a size", hint: "e.g. --larger 500k or --larger 10MiB")
            }
            return bytes
        }
        let depth = try options.value("--max-depth").map { word -> Int in
            guard let depth = Int(word), depth >= 1 else {
                throw ShellError.usage("--max-depth takes a whole number of at least 1", hint: "usage: \(usage)")
            }
            return min(depth, Self.walkDepthLimit)
        }
        // A pattern with a slash matches paths below --in; one without, names.
        let byPath = text.contains("/")
        let pathPattern = byPath ? try PathPattern(text, from: start) : nil
        let matches: (TreeEntry) -> Bool
        if let pathPattern {
            matches = { pathPattern.matches($0.path) }
        } else {
            let namePattern = try NamePattern(RemoteName(escaped: text))
            matches = { namePattern.matches($0.name) }
        }
        guard try await entry(at: start, in: tree)?.kind == .directory else {
            throw ShellError.failure("no such directory in \(tree.label): \(start.escaped)")
        }
        var found: [TreeEntry] = []
        try await walk(
            tree, from: [start], maxDepth: depth ?? Self.walkDepthLimit,
            descend: { entry in pathPattern?.mayMatchBelow(entry.path) ?? true },
            visit: { entry in
                if matches(entry), larger.map({ entry.kind != .directory && entry.bytes > $0 }) ?? true { found.append(entry) }
            })
        found.sort { $0.path < $1.path }
        return .value(.list(found.map(\.value)))
    }
}
