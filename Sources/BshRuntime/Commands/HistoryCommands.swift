import CloudBackupAPI
import CloudBackupClient

/// `activities` and `events`: what happened, for the project or for one agent, configuration or job.
enum HistoryCommands: CommandFamily {
    static let activitiesUsage = "activities [--agent | --config ID]"
    static let eventsUsage =
        "events [--agent | --backup ID … | --restore ID | --cleanup ID | --config ID]"
        + " [--limit N | --follow [--until EVENT|DURATION]]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "activities", group: .history, summary: "list current and recent activities of the project, the agent or a configuration",
            usage: activitiesUsage, example: "activities --agent"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, valued: ["--config"], flags: ["--agent"], usage: activitiesUsage)
            try expectNoPositional(options, usage: activitiesUsage)
            let agent = options.has("--agent") ? try shell.requireAgent(for: "activities --agent") : nil
            let client = try await shell.client()
            let list: Paginated<Activity>
            if let agent {
                list = client.agentActivities(agentID: agent.id)
            } else if let query = options.value("--config") {
                list = client.configurationActivities(configurationID: try await shell.resolveConfigurationID(query))
            } else {
                list = client.activities()
            }
            return .list(try await list.collect(), Renderer.activities)
        },
        CommandSpec(
            "events", group: .history,
            summary: "list events of the project, the agent, jobs or a configuration, or follow them as they happen",
            usage: eventsUsage, example: "events --backup 9c1e --follow --until backup_completed"
        ) { shell, arguments in
            let options = try OptionWords(
                &arguments, valued: ["--backup", "--restore", "--cleanup", "--config", "--limit", "--until"],
                flags: ["--agent", "--follow"], usage: eventsUsage)
            try expectNoPositional(options, usage: eventsUsage)
            var limit = Int.max
            if let text = options.value("--limit") {
                guard let value = Int(text), value > 0 else {
                    throw ShellError.usage("'\(text)' is not a positive number", hint: "e.g. --limit 20")
                }
                limit = value
            }
            let until = try followUntil(options)
            let agent = options.has("--agent") ? try shell.requireAgent(for: "events --agent") : nil
            let client = try await shell.client()
            var lists: [@Sendable (ListOptions) -> Paginated<Event>] = []
            if let agent {
                lists = [{ client.agentEvents(agentID: agent.id, options: $0) }]
            } else if let queries = options.values["--backup"] {
                for query in queries {
                    let id = try await shell.resolveBackupID(query)
                    lists.append { client.backupEvents(backupID: id, options: $0) }
                }
            } else if let query = options.value("--restore") {
                let id = try await shell.resolveRestoreID(query)
                lists = [{ client.restoreEvents(restoreID: id, options: $0) }]
            } else if let query = options.value("--cleanup") {
                let id = try await shell.resolveCleanupID(query)
                lists = [{ client.cleanupEvents(cleanupID: id, options: $0) }]
            } else if let query = options.value("--config") {
                let id = try await shell.resolveConfigurationID(query)
                lists = [{ client.configurationEvents(configurationID: id, options: $0) }]
            } else {
                lists = [{ client.projectEvents(options: $0) }]
            }
            if options.has("--follow") {
                let count = try await shell.followEvents(lists, until: until)
                return CommandResult.none.noting("\(count) event\(count == 1 ? "" : "s")")
            }
            if lists.count > 1 {
                var merged: [Event] = []
                for list in lists { merged += try await list(ListOptions()).collect() }
                merged.sort { Shell.eventNumber($0.id) < Shell.eventNumber($1.id) }
                return .list(Array(merged.prefix(limit)), Renderer.events)
            }
            let list = lists[0](ListOptions())
            return .list(try await list.collect(limit: limit), Renderer.events)
        },
    ]

    /// `--until`: only with `--follow`; an event name or pattern, or a duration.
    static func followUntil(_ options: OptionWords) throws -> FollowUntil? {
        guard let text = options.value("--until") else { return nil }
        guard options.has("--follow") else {
            throw ShellError.usage("--until goes with --follow", hint: "e.g. events --follow --until backup_completed")
        }
        guard let until = FollowUntil(text) else {
            throw ShellError.usage(
                "--until takes an event name (or pattern with *) or a duration, not '\(text)'",
                hint: "e.g. --until '*_completed' or --until 5m")
        }
        return until
    }
}
