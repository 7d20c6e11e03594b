import BshValues
import CloudBackupAPI

/// `restore --to [AGENT:]PATH` for the marked selection of a backup tree, and
/// `restore PATH… --as-of TIME --to [AGENT:]PATH` in one line.
extension Shell {
    static let selectionUsage = "restore --to [AGENT:]PATH [--overwrite] [--dry-run] | restore PATH… --as-of TIME --to [AGENT:]PATH"

    func restoreSelection(_ arguments: inout Arguments) async throws -> CommandResult {
        let usage = Self.selectionUsage
        if let word = arguments.peek(), !word.hasPrefix("-"), !word.hasPrefix("/"), !word.hasPrefix("."), !word.contains("/"),
            !arguments.remainingWords.contains("--as-of")
        {
            let names = CommandRegistry.command(named: "restore")?.subcommands.map(\.name) ?? []
            throw arguments.unknownSubcommand(word, of: names + ["--to …"])
        }
        let options = try OptionWords(&arguments, valued: ["--to", "--as-of"], flags: ["--overwrite", "--dry-run"], usage: usage)
        guard let destination = options.value("--to") else {
            throw ShellError.usage("missing --to [AGENT:]PATH", hint: "usage: \(usage)")
        }
        let tree: FileTree
        let marks: Marks
        if let time = options.value("--as-of") {
            guard !options.positional.isEmpty else { throw ShellError.usage("missing PATH to restore", hint: "usage: \(usage)") }
            let agent = try requireAgent(for: "restore /etc/hosts --as-of 1d --to /tmp/restored")
            let backup = try await backupInUse(asOf: try Self.pointInTime(time), agent: agent, written: time)
            tree = .backup(backup)
            var given = Marks()
            for path in options.positional { given.mark(try PathPattern(path, from: directory(of: agent))) }
            marks = given
        } else {
            guard options.positional.isEmpty else {
                throw ShellError.usage("paths to restore need --as-of TIME, or mark them in a backup tree", hint: "usage: \(usage)")
            }
            tree = try currentTree(for: "restore --to /tmp/restored")
            guard case .backup = tree else {
                throw ShellError.failure(
                    "restore needs a backup: the current tree is \(tree.label)'s own files",
                    hint: "choose one first: 'use backup --as-of 1d' or 'use backup ID'")
            }
            marks = try requireMarks(in: tree)
        }
        guard case .backup(let backup) = tree else { return .none }
        let (agent, path) = try await restoreDestination(destination, default: backup.agent)
        let selection = try await self.selection(of: marks, in: tree)
        let request = StartRestoreRequest(
            backupID: backup.id, destinationAgentID: agent.id, destinationPath: path, overwriteFiles: options.has("--overwrite"),
            inclusions: selection.inclusions.map(Self.rule), exclusions: selection.exclusions.map(Self.rule))
        let what = "\(selection.inclusions.count) path\(selection.inclusions.count == 1 ? "" : "s") of backup \(backup.id.prefix(8)) to \(agent.name):\(path)"
        if options.has("--dry-run") {
            return CommandResult.json(Self.document(request)).noting(selection.notes)
                .noting("dry run: would restore \(what) with POST /restores; nothing was sent")
        }
        let restore = try await client().startRestore(request)
        workspace.lastCreated[.restore] = restore.id
        return CommandResult.one(restore, Renderer.restores).noting(selection.notes)
            .noting("restore \(restore.id.prefix(8)) started: \(what); 'wait' for it to finish")
            .starting(.job(kind: .restore, id: restore.id))
    }

    /// `AGENT:PATH` or `PATH` (on `agent`); the path must be absolute.
    private func restoreDestination(_ text: String, default agent: AgentRef) async throws -> (AgentRef, String) {
        var target = agent
        var path = text
        if let colon = text.firstIndex(of: ":"), colon != text.startIndex, !text[..<colon].contains("/") {
            target = AgentRef(try await resolveAgent(String(text[..<colon])))
            path = String(text[text.index(after: colon)...])
        }
        guard path.hasPrefix("/") else {
            throw ShellError.usage("the destination '\(path)' is not an absolute path", hint: "e.g. --to /tmp/restored or --to web02:/tmp/restored")
        }
        return (target, path)
    }

    private static func rule(_ entry: TreeEntry) -> PathRule {
        PathRule(type: entry.kind == .directory ? .folder : .file, path: entry.path)
    }

    /// The request as the service will read it.
    private static func document(_ request: StartRestoreRequest) -> Value {
        func rules(_ rules: [PathRule]) -> Value {
            .list(rules.map { rule in
                var fields: [(String, Value)] = [("type", .string(rule.type)), ("path", .string(rule.path))]
                if let encoded = rule.pathEncoded { fields.append(("path_encoded", .string(encoded))) }
                return .record(Record(fields))
            })
        }
        return .record(Record([
            ("backup_id", .string(request.backupID)), ("destination_agent_id", .string(request.destinationAgentID)),
            ("destination_path", request.destinationPath.map(Value.string) ?? .null),
            ("overwrite_files", .bool(request.overwriteFiles)), ("encrypted_password_hex", .null),
            ("inclusions", rules(request.inclusions)), ("exclusions", rules(request.exclusions)),
        ]))
    }
}
