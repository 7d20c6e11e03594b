import CloudBackupAPI

/// `restores` and `restore`: restoring a backup's files to an agent, and following restores.
enum RestoreCommands {
    static let usage = "restore start|show|cancel|errors …"
    static let startUsage = "restore start BACKUP --to PATH [--agent AGENT] [--overwrite] [PATHS…]"
    static let subcommands = ["start", "show", "cancel", "errors"]

    static let specs: [CommandSpec] = [
        CommandSpec(
            "restores", group: .restores, summary: "list the project's restores", usage: "restores", example: "restores"
        ) { shell, arguments in
            try arguments.finish(usage: "restores")
            shell.output.restores(try await shell.client().restores().collect())
        },
        CommandSpec(
            "restore", group: .restores, summary: "restore files of a backup ('wait' for it), or inspect or stop a restore",
            usage: startUsage, example: "restore start 9c1e --to /tmp/restored /etc/hosts; wait", subcommands: subcommands
        ) { shell, arguments in
            let sub = try arguments.required("subcommand", usage: usage)
            switch sub {
            case "start":
                let options = try OptionWords(&arguments, valued: ["--to", "--agent"], flags: ["--overwrite"], usage: startUsage)
                guard let query = options.positional.first else {
                    throw ShellError.usage("missing BACKUP", hint: "usage: \(startUsage)")
                }
                guard let destination = options.value("--to") else {
                    throw ShellError.usage("missing --to PATH", hint: "usage: \(startUsage)")
                }
                let backupID: String, agentID: String
                if let agent = options.value("--agent") {
                    backupID = try await shell.resolveBackupID(query)
                    agentID = try await shell.resolveAgent(agent).id
                } else {
                    agentID = try shell.requireAgent(for: "restore start BACKUP --to PATH").id
                    backupID = try await shell.resolveBackupID(query)
                }
                let request = StartRestoreRequest(
                    backupID: backupID, destinationAgentID: agentID, destinationPath: destination,
                    overwriteFiles: options.has("--overwrite"), inclusions: options.positional.dropFirst().map { shell.pathRule($0, cacheKey: Shell.backupCacheKey(backupID)) })
                let restore = try await shell.client().startRestore(request)
                shell.workspace.pending = .job(kind: .restore, id: restore.id)
                shell.workspace.lastCreated[.restore] = restore.id
                shell.output.one(restore, shell.output.restores)
                shell.output.note("restore \(restore.id.prefix(8)) started; 'wait' for it to finish")
            case "show", "cancel", "errors":
                let query = try single(&arguments, "restore ID", usage: "restore \(sub) ID")
                let id = try await shell.resolveRestoreID(query)
                let client = try await shell.client()
                switch sub {
                case "show": shell.output.one(try await client.restore(id: id), shell.output.restores)
                case "cancel":
                    try await shell.stopJob(.restore, id: id) { try await client.stopRestore(id: id) }
                default: shell.output.errorReport(try await client.restoreErrors(id: id))
                }
            default:
                throw arguments.unknownSubcommand(sub, of: subcommands)
            }
        },
    ]
}
