import CloudBackupAPI

/// `restores` and `restore`: restoring a backup's files to an agent, and following restores.
enum RestoreCommands: CommandFamily {
    static let usage = "restore start|show|cancel|errors …"
    static let startUsage = "restore start BACKUP --to PATH [--agent AGENT] [--overwrite] [PATHS…]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "restores", group: .restores, summary: "list the project's restores", usage: "restores", example: "restores"
        ) { shell, arguments in
            try arguments.finish(usage: "restores")
            return .list(try await shell.client().restores().collect(), Renderer.restores)
        },
        CommandSpec(
            "restore", group: .restores, summary: "restore what is marked in a backup, or paths as of a time ('wait' for it); inspect or stop a restore",
            usage: Shell.selectionUsage, example: "use backup last; mark /etc/hosts; restore --to /tmp/restored; wait",
            subcommands: [
                Subcommand("start", usage: startUsage, example: "restore start 9c1e --to /tmp/restored /etc/hosts; wait") { shell, arguments in
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
                    shell.workspace.lastCreated[.restore] = restore.id
                    return CommandResult.one(restore, Renderer.restores)
                        .noting("restore \(restore.id.prefix(8)) started; 'wait' for it to finish")
                        .starting(.job(kind: .restore, id: restore.id))
                },
                JobSubcommand.taking(.restore, "show", example: "restore show last") { _, client, id in
                    .one(try await client.restore(id: id), Renderer.restores)
                },
                JobSubcommand.taking(.restore, "cancel", example: "restore cancel last") { shell, client, id in
                    try await shell.stopJob(.restore, id: id) { try await client.stopRestore(id: id) }
                },
                JobSubcommand.taking(.restore, "errors", example: "restore errors last") { _, client, id in
                    .document(try await client.restoreErrors(id: id), Renderer.errorReport)
                },
            ]
        ) { shell, arguments in
            try await shell.restoreSelection(&arguments)
        },
    ]
}
