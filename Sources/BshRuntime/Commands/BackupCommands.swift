import CloudBackupAPI

/// `backups` and `backup`: listing, starting, inspecting and stopping backups.
enum BackupCommands {
    static let listUsage = "backups [--config ID]"
    static let usage = "backup start CONFIG | backup show|cancel|errors|events ID"
    static let subcommands = ["start", "show", "cancel", "errors", "events"]

    static let specs: [CommandSpec] = [
        CommandSpec(
            "backups", group: .backups, summary: "list the project's backups, or one configuration's",
            usage: listUsage, example: "backups --config 3f2a"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, valued: ["--config"], usage: listUsage)
            try expectNoPositional(options, usage: listUsage)
            let client = try await shell.client()
            var backups: [Backup]
            if let query = options.value("--config") {
                let id = try await shell.resolveConfigurationID(query)
                backups = try await client.backups().collect().filter { $0.configuration?.id == id }
            } else {
                backups = try await client.backups().collect()
            }
            backups.sort { ($0.startedTime ?? "") < ($1.startedTime ?? "") }
            shell.output.backups(backups)
        },
        CommandSpec(
            "backup", group: .backups, summary: "start a backup of a configuration ('wait' for it), or inspect or stop one",
            usage: usage, example: "backup start 3f2a; wait 10m", subcommands: subcommands
        ) { shell, arguments in
            let sub = try arguments.required("subcommand", usage: usage)
            guard subcommands.contains(sub) else { throw arguments.unknownSubcommand(sub, of: subcommands) }
            if sub == "start" {
                let query = try single(&arguments, "configuration ID", usage: "backup start CONFIG")
                let id = try await shell.resolveConfigurationID(query)
                let backup = try await shell.client().startBackup(configurationID: id)
                shell.workspace.pending = .job(kind: .backup, id: backup.id)
                shell.workspace.lastCreated[.backup] = backup.id
                shell.output.one(backup, shell.output.backups)
                shell.output.note("backup \(backup.id.prefix(8)) started; 'wait' for it to finish")
                return
            }
            let query = try single(&arguments, "backup ID", usage: "backup \(sub) ID")
            let id = try await shell.resolveBackupID(query)
            let client = try await shell.client()
            switch sub {
            case "show":
                shell.output.one(try await client.backup(id: id), shell.output.backups)
            case "cancel":
                try await shell.stopJob(.backup, id: id) { try await client.stopBackup(id: id) }
            case "errors":
                shell.output.errorReport(try await client.backupErrors(id: id))
            default:
                shell.output.events(try await client.backupEvents(backupID: id).collect())
            }
        },
    ]
}
