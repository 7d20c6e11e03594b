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
            return .list(backups, Renderer.backups)
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
                shell.workspace.lastCreated[.backup] = backup.id
                return CommandResult.one(backup, Renderer.backups)
                    .noting("backup \(backup.id.prefix(8)) started; 'wait' for it to finish")
                    .starting(.job(kind: .backup, id: backup.id))
            }
            let query = try single(&arguments, "backup ID", usage: "backup \(sub) ID")
            let id = try await shell.resolveBackupID(query)
            let client = try await shell.client()
            switch sub {
            case "show":
                return .one(try await client.backup(id: id), Renderer.backups)
            case "cancel":
                return try await shell.stopJob(.backup, id: id) { try await client.stopBackup(id: id) }
            case "errors":
                return .document(try await client.backupErrors(id: id), Renderer.errorReport)
            default:
                return .list(try await client.backupEvents(backupID: id).collect(), Renderer.events)
            }
        },
    ]
}
