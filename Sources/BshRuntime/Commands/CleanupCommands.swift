import CloudBackupAPI

/// `cleanups` and `cleanup`: removing expired backup data from the current agent's vault.
enum CleanupCommands {
    static let usage = "cleanup start | cleanup show|cancel|errors ID"
    static let subcommands = ["start", "show", "cancel", "errors"]

    static let specs: [CommandSpec] = [
        CommandSpec(
            "cleanups", group: .restores, summary: "list the project's cleanups", usage: "cleanups", example: "cleanups"
        ) { shell, arguments in
            try arguments.finish(usage: "cleanups")
            return .list(try await shell.client().cleanups().collect(), Renderer.cleanups)
        },
        CommandSpec(
            "cleanup", group: .restores, summary: "clean up the current agent's vault ('wait' for it), or inspect or stop a cleanup",
            usage: usage, example: "agent web01; cleanup start; wait", subcommands: subcommands
        ) { shell, arguments in
            let sub = try arguments.required("subcommand", usage: usage)
            switch sub {
            case "start":
                try arguments.finish(usage: "cleanup start")
                let agent = try shell.requireAgent(for: "cleanup start")
                let cleanup = try await shell.client().startCleanup(agentID: agent.id)
                shell.workspace.lastCreated[.cleanup] = cleanup.id
                return CommandResult.one(cleanup, Renderer.cleanups)
                    .noting("cleanup \(cleanup.id.prefix(8)) started; 'wait' for it to finish")
                    .starting(.job(kind: .cleanup, id: cleanup.id))
            case "show", "cancel", "errors":
                let query = try single(&arguments, "cleanup ID", usage: "cleanup \(sub) ID")
                let id = try await shell.resolveCleanupID(query)
                let client = try await shell.client()
                if sub == "show" { return .one(try await client.cleanup(id: id), Renderer.cleanups) }
                if sub == "errors" { return .document(try await client.cleanupErrors(id: id), Renderer.errorReport) }
                return try await shell.stopJob(.cleanup, id: id) { try await client.stopCleanup(id: id) }
            default:
                throw arguments.unknownSubcommand(sub, of: subcommands)
            }
        },
    ]
}
