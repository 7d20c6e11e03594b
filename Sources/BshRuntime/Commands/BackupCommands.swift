import CloudBackupAPI

/// `backups` and `backup`: listing, starting, inspecting and stopping backups.
enum BackupCommands: CommandFamily {
    static let listUsage = "backups [--config ID] [--agent A] [--state STATE[,STATE…]] [--since DURATION]"
    static let usage = "backup start CONFIG | backup show|cancel|errors|events ID"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "backups", group: .backups,
            summary: "list the project's backups, or one configuration's or agent's, by state and age",
            usage: listUsage, example: "backups --agent web01 --state failed,missed --since 7d"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, valued: Set(["--config"]).union(JobListFilter.options), usage: listUsage)
            try expectNoPositional(options, usage: listUsage)
            let filter = try await shell.jobListFilter(options, kind: .backup)
            let client = try await shell.client()
            var backups: [Backup]
            if let query = options.value("--config") {
                let id = try await shell.resolveConfigurationID(query)
                backups = try await client.backups().collect().filter { $0.configuration?.id == id }
            } else {
                backups = try await client.backups().collect()
            }
            backups = backups.filter(filter.keeps)
            backups.sort { ($0.startedTime ?? "") < ($1.startedTime ?? "") }
            return .list(backups, Renderer.backups)
        },
        CommandSpec(
            "backup", group: .backups, summary: "start a backup of a configuration ('wait' for it), or inspect or stop one",
            usage: usage, example: "backup start 3f2a; wait 10m",
            subcommands: [
                Subcommand("start", usage: "backup start CONFIG", example: "backup start 3f2a; wait 10m") { shell, arguments in
                    let query = try single(&arguments, "configuration ID", usage: "backup start CONFIG")
                    let id = try await shell.resolveConfigurationID(query)
                    let backup = try await shell.client().startBackup(configurationID: id)
                    shell.workspace.lastCreated[.backup] = backup.id
                    return CommandResult.one(backup, Renderer.backups)
                        .noting("backup \(backup.id.prefix(8)) started; 'wait' for it to finish")
                        .starting(.job(kind: .backup, id: backup.id))
                },
                JobSubcommand.taking(.backup, "show", example: "backup show last") { _, client, id in
                    .one(try await client.backup(id: id), Renderer.backups)
                },
                JobSubcommand.taking(.backup, "cancel", example: "backup cancel 9c1e") { shell, client, id in
                    try await shell.stopJob(.backup, id: id) { try await client.stopBackup(id: id) }
                },
                JobSubcommand.taking(.backup, "errors", example: "backup errors last") { _, client, id in
                    .document(try await client.backupErrors(id: id), Renderer.errorReport)
                },
                JobSubcommand.taking(.backup, "events", example: "backup events last") { _, client, id in
                    .list(try await client.backupEvents(backupID: id).collect(), Renderer.events)
                },
            ]
        ),
    ]
}
