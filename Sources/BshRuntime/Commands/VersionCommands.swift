import BshValues
import CloudBackupAPI

/// Comparing trees over time, as restic's `find` and `diff` do: which backups hold a path, and what
/// changed between two backups or a backup and the agent's files.
enum VersionCommands: CommandFamily {
    static let diffUsage = "diff BACKUP [BACKUP2 | live] [PATH]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "versions", group: .files, summary: "the agent's backups that hold a path, newest first, with its size in each",
            usage: "versions PATH", example: "versions /etc/hosts"
        ) { shell, arguments in
            let path = try arguments.required("PATH", usage: "versions PATH")
            try arguments.finish(usage: "versions PATH")
            return try await shell.versions(of: RemoteName(escaped: path))
        },
        CommandSpec(
            "diff", group: .files, summary: "entries added, removed and changed in size between two backups, or a backup and now",
            usage: diffUsage, example: "diff 2e93 live /etc"
        ) { shell, arguments in
            try await shell.diff(&arguments)
        },
    ]
}

extension Shell {
    func versions(of path: RemoteName) async throws -> CommandResult {
        let tree = try currentTree(for: "versions /etc/hosts")
        let target = RemotePath.resolve(path, from: directory(in: tree))
        guard let (parent, name) = RemotePath.split(target) else {
            throw ShellError.usage("'versions /' says nothing: every backup holds /", hint: "give a file or directory, e.g. 'versions /etc/hosts'")
        }
        let backups = try await restorableBackups(of: tree.agent)
        let locations = backups.map { backup in
            TreeLocation(tree: .backup(BackupInUse(id: backup.id, agent: tree.agent, ended: backup.endedTime)), path: parent)
        }
        var progress = WalkProgress(host: host, enabled: host.showsProgress && !options.json)
        defer { progress.clear() }
        let listings = try await self.listings(of: locations, progress: &progress)
        var rows: [Value] = []
        for (backup, location) in zip(backups, locations) {
            guard let listing = listings[location], listing.succeeded,
                let item = listing.items.first(where: { $0.remoteName == name })
            else { continue }
            let entry = TreeEntry(item, in: parent)
            rows.append(.record(Record([
                ("backup", .string(backup.id)), ("ended", backup.endedTime.map(Value.string) ?? .null),
                ("state", .string(backup.state)), ("type", .string(entry.kind.rawValue)), ("bytes", .int(entry.bytes)),
            ])))
        }
        let result = CommandResult.value(.list(rows))
        return rows.isEmpty ? result.noting("no backup of \(tree.agent.name) holds \(target.escaped)") : result
    }

    func diff(_ arguments: inout Arguments) async throws -> CommandResult {
        let usage = VersionCommands.diffUsage
        let first = try arguments.required("BACKUP", usage: usage)
        var words: [String] = []
        while let word = arguments.next() { words.append(word) }
        let isPath = { (word: String) in word.hasPrefix("/") || word.hasPrefix(".") }
        let second = words.first.flatMap { isPath($0) ? nil : $0 }
        let rest = second == nil ? words : Array(words.dropFirst())
        guard rest.count <= 1 else { throw ShellError.usage("unexpected argument '\(rest[1])'", hint: "usage: \(usage)") }
        let before = FileTree.backup(try await backupInUse(first))
        let after: FileTree
        switch second {
        case nil, "live"?: after = .live(before.agent)
        case let query?: after = .backup(try await backupInUse(query))
        }
        let path = RemotePath.resolve(RemoteName(escaped: rest.first ?? "/"), from: RemotePath.root)
        let changes = try await differences(between: before, and: after, under: path)
        return CommandResult.value(.list(changes)).noting("\(before.label) → \(after.label) under \(path.escaped): \(changes.count) changes")
    }

    /// Walks two trees side by side from `path`, into the directories both hold: an added or
    /// removed directory is one change, not one per entry inside it.
    private func differences(between before: FileTree, and after: FileTree, under path: RemoteName) async throws -> [Value] {
        var progress = WalkProgress(host: host, enabled: host.showsProgress && !options.json)
        defer { progress.clear() }
        let answerTimes = AnswerTimes(initial: PollSchedule().quick)
        var changes: [Value] = []
        var frontier = [path]
        var depth = 0
        while !frontier.isEmpty, depth < Self.walkDepthLimit {
            let locations = frontier.flatMap { [TreeLocation(tree: before, path: $0), TreeLocation(tree: after, path: $0)] }
            let listings = try await self.listings(of: locations, progress: &progress, answerTimes: answerTimes)
            var next: [RemoteName] = []
            for directory in frontier {
                let old = Self.entries(listings[TreeLocation(tree: before, path: directory)], in: directory)
                let new = Self.entries(listings[TreeLocation(tree: after, path: directory)], in: directory)
                for (name, entry) in new.sorted(by: { $0.key < $1.key }) {
                    guard let was = old[name] else {
                        changes.append(Self.change("added", entry, before: nil, after: entry))
                        continue
                    }
                    if entry.kind == .directory, was.kind == .directory {
                        next.append(entry.path)
                    } else if entry.kind != was.kind || entry.bytes != was.bytes {
                        changes.append(Self.change("changed", entry, before: was, after: entry))
                    }
                }
                for (name, entry) in old.sorted(by: { $0.key < $1.key }) where new[name] == nil {
                    changes.append(Self.change("removed", entry, before: entry, after: nil))
                }
            }
            frontier = next
            depth += 1
        }
        return changes
    }

    private static func entries(_ listing: BrowseResult?, in directory: RemoteName) -> [RemoteName: TreeEntry] {
        guard let listing, listing.succeeded else { return [:] }
        return Dictionary(listing.items.map { ($0.remoteName, TreeEntry($0, in: directory)) }, uniquingKeysWith: { first, _ in first })
    }

    private static func change(_ change: String, _ entry: TreeEntry, before: TreeEntry?, after: TreeEntry?) -> Value {
        var fields: [(String, Value)] = [
            ("change", .string(change)), ("path", .string(entry.path.escaped)), ("type", .string(entry.kind.rawValue)),
        ]
        fields.append(("bytes_before", before.map { .int($0.bytes) } ?? .null))
        fields.append(("bytes_after", after.map { .int($0.bytes) } ?? .null))
        if let encoded = entry.path.encodedIfNeeded { fields.append(("path_encoded", .string(encoded))) }
        return .record(Record(fields))
    }
}
