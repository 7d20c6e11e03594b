import CloudBackupAPI

/// `configs` and `config`: the backup configurations of the current agent or of the project.
enum ConfigCommands: CommandFamily {
    static let listUsage = "configs [--all]"
    static let usage = "config show|enable|disable|delete ID | config create NAME --include PATH… [OPTIONS]"
    static let createUsage =
        "config create NAME --include PATH… [--exclude PATH…] [--daily HH:MM | --manual] [--retention DAYS] [--email ADDRESS…]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "configs", group: .backups, summary: "list the current agent's backup configurations, or the project's with --all",
            usage: listUsage, example: "configs --all"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, flags: ["--all"], usage: listUsage)
            try expectNoPositional(options, usage: listUsage)
            if options.has("--all") {
                return .list(try await shell.client().listConfigurations(), Renderer.configurations)
            }
            let agent = try shell.requireAgent(for: "configs")
            return .list(try await shell.client().agentConfigurations(agentID: agent.id), Renderer.configurations)
        },
        CommandSpec(
            "config", group: .backups, summary: "show, create, enable, disable or delete a backup configuration",
            usage: usage, example: "config create etc --include /etc --daily 02:30 --email ops@example.com",
            subcommands: [
                onConfiguration("show", example: "config show last") { shell, id in
                    .document(try await shell.client().configuration(id: id), Renderer.configuration)
                },
                Subcommand("create", usage: createUsage, example: "config create etc --include /etc --daily 02:30 --email ops@example.com") {
                    shell, arguments in
                    let agent = try shell.requireAgent(for: "config create NAME --include /etc")
                    let request = try await creationRequest(&arguments, agentID: agent.id, shell: shell)
                    let created = try await shell.client().createConfiguration(request)
                    shell.workspace.lastCreated[.configuration] = created.id
                    return CommandResult.document(created, Renderer.configuration)
                        .noting("configuration \(created.name) created (\(created.id)); 'backup start \(created.id.prefix(8))' runs it")
                },
                enabling("enable"),
                enabling("disable"),
                onConfiguration("delete", example: "config delete last") { shell, id in
                    try await shell.client().deleteConfiguration(id: id)
                    return CommandResult.none.noting("configuration \(id.prefix(8)) deleted")
                },
            ]
        ),
    ]

    /// A subcommand taking one configuration ID (a unique prefix, or `last`).
    private static func onConfiguration(
        _ name: String, example: String, _ body: @escaping @Sendable (isolated Shell, String) async throws -> CommandResult
    ) -> Subcommand {
        let usage = "config \(name) ID"
        return Subcommand(name, usage: usage, example: example) { shell, arguments in
            try await body(shell, try await shell.resolveConfigurationID(try single(&arguments, "configuration ID", usage: usage)))
        }
    }

    /// `config enable ID` or `config disable ID`.
    private static func enabling(_ name: String) -> Subcommand {
        onConfiguration(name, example: "config \(name) last") { shell, id in
            try await shell.client().updateConfiguration(
                id: id, [PatchOperation(op: "replace", path: "/enabled", value: .bool(name == "enable"))])
            return CommandResult.none.noting("configuration \(id.prefix(8)) \(name)d")
        }
    }

    /// The C1 body: the options given, a manual schedule unless `--daily`, 30 days' retention by
    /// default, and failure notices (the service wants at least one) to `--email` or else to the
    /// project's summary recipients.
    static func creationRequest(_ arguments: inout Arguments, agentID: String, shell: isolated Shell) async throws -> ConfigurationRequest {
        let options = try OptionWords(
            &arguments, valued: ["--daily", "--retention"], lists: ["--include", "--exclude", "--email"], flags: ["--manual"],
            usage: createUsage)
        guard options.positional.count == 1 else {
            throw ShellError.usage(options.positional.isEmpty ? "missing NAME" : "give one NAME", hint: "usage: \(createUsage)")
        }
        let includes = options.values["--include"] ?? []
        guard !includes.isEmpty else {
            throw ShellError.usage("give at least one --include PATH", hint: "usage: \(createUsage)")
        }
        var schedule: Schedule?
        if let daily = options.value("--daily") {
            guard !options.has("--manual") else {
                throw ShellError.usage("--daily and --manual exclude each other", hint: "usage: \(createUsage)")
            }
            schedule = try dailySchedule(daily)
        }
        var days = 30
        if let text = options.value("--retention") {
            guard let value = Int(text), value > 0 else {
                throw ShellError.usage("'\(text)' is not a number of days", hint: "e.g. --retention 30")
            }
            days = value
        }
        var emails = options.values["--email"] ?? []
        if emails.isEmpty {
            emails = try await shell.client().summarySettings().notifications.map(\.destination)
        }
        guard !emails.isEmpty else {
            throw ShellError.usage(
                "give --email ADDRESS", hint: "the service needs someone to tell when a backup fails; 'settings set --email' sets a default")
        }
        return ConfigurationRequest(
            agentID: agentID, name: options.positional[0], schedule: schedule, retention: Retention(days: days),
            inclusions: includes.map { shell.pathRule($0, cacheKey: agentID) },
            exclusions: (options.values["--exclude"] ?? []).map { shell.pathRule($0, cacheKey: agentID) },
            notifications: emails.map { BackupNotification(destination: $0, onSuccess: false, onFailure: true) })
    }

    static func dailySchedule(_ text: String) throws -> Schedule {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0..<24).contains(hour), (0..<60).contains(minute) else {
            throw ShellError.usage("'\(text)' is not a time of day", hint: "write it as HH:MM, e.g. --daily 02:30")
        }
        return Schedule(recurrence: ["RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=\(hour);BYMINUTE=\(minute)"], timeZone: "UTC")
    }

    /// A path ending in `/` is a folder, as is one without an extension-like last component.
    static func rule(_ path: String) -> PathRule {
        let last = path.split(separator: "/").last ?? ""
        return path.hasSuffix("/") || !last.contains(".") ? .folder(path) : .file(path)
    }
}

/// The one remaining word, for subcommands that take exactly one argument.
func single(_ arguments: inout Arguments, _ what: String, usage: String) throws -> String {
    let word = try arguments.required(what, usage: usage)
    try arguments.finish(usage: usage)
    return word
}

func expectNoPositional(_ options: OptionWords, usage: String) throws {
    if let word = options.positional.first {
        throw ShellError.usage("unexpected argument '\(word)'", hint: "usage: \(usage)")
    }
}
