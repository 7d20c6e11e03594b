import CloudBackupAPI

/// `cleanups` and `cleanup`: removing expired backup data from the current agent's vault.
enum CleanupCommands: CommandFamily {
    static let usage = "cleanup start | cleanup show|cancel|errors ID"
    static let listUsage = "cleanups [--agent A] [--state STATE[,STATE…]] [--since DURATION]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "cleanups", group: .restores, summary: "list the project's cleanups, or an agent's, by state and age",
            usage: listUsage, example: "cleanups --agent web01 --state failed"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, valued: JobListFilter.options, usage: listUsage)
            try expectNoPositional(options, usage: listUsage)
            let filter = try await shell.jobListFilter(options, kind: .cleanup)
            return .list(try await shell.client().cleanups().collect().filter(filter.keeps), Renderer.cleanups)
        },
        CommandSpec(
            "cleanup", group: .restores, summary: "clean up the current agent's vault ('wait' for it), or inspect or stop a cleanup",
            usage: usage, example: "agent web01; cleanup start; wait",
            subcommands: [
                Subcommand("start", usage: "cleanup start", example: "agent web01; cleanup start; wait") { shell, arguments in
                    try arguments.finish(usage: "cleanup start")
                    let agent = try shell.requireAgent(for: "cleanup start")
                    let cleanup = try await shell.client().startCleanup(agentID: agent.id)
                    shell.workspace.lastCreated[.cleanup] = cleanup.id
                    return CommandResult.one(cleanup, Renderer.cleanups)
                        .noting("cleanup \(cleanup.id.prefix(8)) started; 'wait' for it to finish")
                        .starting(.job(kind: .cleanup, id: cleanup.id))
                },
                JobSubcommand.taking(.cleanup, "show", example: "cleanup show last") { _, client, id in
                    .one(try await client.cleanup(id: id), Renderer.cleanups)
                },
                JobSubcommand.taking(.cleanup, "cancel", example: "cleanup cancel last") { shell, client, id in
                    try await shell.stopJob(.cleanup, id: id) { try await client.stopCleanup(id: id) }
                },
                JobSubcommand.taking(.cleanup, "errors", example: "cleanup errors last") { _, client, id in
                    .document(try await client.cleanupErrors(id: id), Renderer.errorReport)
                },
            ]
        ),
    ]
}
