import CloudBackupAPI
import CloudBackupClient

/// `activities` and `events`: what happened, for the project or for one agent, configuration or job.
enum HistoryCommands: CommandFamily {
    static let activitiesUsage = "activities [--agent | --config ID]"
    static let eventsUsage = "events [--agent | --backup ID | --restore ID | --cleanup ID | --config ID] [--limit N]"

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
            "events", group: .history, summary: "list events of the project, the agent, a job or a configuration",
            usage: eventsUsage, example: "events --backup 9c1e --limit 20"
        ) { shell, arguments in
            let options = try OptionWords(
                &arguments, valued: ["--backup", "--restore", "--cleanup", "--config", "--limit"], flags: ["--agent"], usage: eventsUsage)
            try expectNoPositional(options, usage: eventsUsage)
            var limit = Int.max
            if let text = options.value("--limit") {
                guard let value = Int(text), value > 0 else {
                    throw ShellError.usage("'\(text)' is not a positive number", hint: "e.g. --limit 20")
                }
                limit = value
            }
            let agent = options.has("--agent") ? try shell.requireAgent(for: "events --agent") : nil
            let client = try await shell.client()
            let list: Paginated<Event>
            if let agent {
                list = client.agentEvents(agentID: agent.id)
            } else if let query = options.value("--backup") {
                list = client.backupEvents(backupID: try await shell.resolveBackupID(query))
            } else if let query = options.value("--restore") {
                list = client.restoreEvents(restoreID: try await shell.resolveRestoreID(query))
            } else if let query = options.value("--cleanup") {
                list = client.cleanupEvents(cleanupID: try await shell.resolveCleanupID(query))
            } else if let query = options.value("--config") {
                list = client.configurationEvents(configurationID: try await shell.resolveConfigurationID(query))
            } else {
                list = client.projectEvents()
            }
            return .list(try await list.collect(limit: limit), Renderer.events)
        },
    ]
}
