import CloudBackupAPI

/// The `agent` subcommands that look after the current agent: its status, its settings, enabling,
/// its log level and deleting an agent. A word that is one of these names is a subcommand, not an agent.
enum AgentAdminCommands {
    static let levels = ["fatal", "error", "warn", "info", "debug", "trace", "all"]

    static let subcommands: [Subcommand] = [
        onCurrentAgent("status", example: "agent web01; agent status") { shell, agent in
            let status = try await shell.client().agentStatus(agentID: agent.id)
            return .shown(status) {
                $0.fields([("agent", agent.name), ("online", status.online ? "yes" : "no"), ("busy", status.busy ? "yes" : "no")])
            }
        },
        onCurrentAgent("settings", example: "agent settings") { shell, agent in
            let settings = try await shell.client().agentSettings(agentID: agent.id)
            let configs = settings.configurations?.map { $0.name ?? $0.id }.joined(separator: ", ") ?? ""
            return .shown(settings) {
                $0.fields([
                    ("agent", agent.name), ("vaults", String(settings.vaults?.count ?? 0)),
                    ("configurations", configs.isEmpty ? "-" : configs),
                ])
            }
        },
        enabling("enable"),
        enabling("disable"),
        Subcommand("log-level", usage: "agent log-level LEVEL", example: "agent log-level debug") { shell, arguments in
            let level = try single(&arguments, "LEVEL", usage: "agent log-level LEVEL")
            guard levels.contains(level.lowercased()) else {
                throw ShellError.usage("'\(level)' is not a log level", hint: "use one of \(levels.joined(separator: ", "))")
            }
            let agent = try shell.requireAgent(for: "agent log-level \(level)")
            try await shell.client().updateAgent(
                id: agent.id, [PatchOperation(op: "replace", path: "/log_level", value: .string(level.lowercased()))])
            return CommandResult.none.noting("\(agent.name): log level \(level.lowercased())")
        },
        Subcommand("delete", usage: "agent delete ID", example: "agent delete 4a7c") { shell, arguments in
            let query = try single(&arguments, "agent ID", usage: "agent delete ID")
            let agent = try await shell.resolveAgent(query)
            try await shell.client().deleteAgent(id: agent.id)
            if shell.workspace.currentAgent?.id == agent.id { shell.workspace.currentAgent = nil }
            shell.workspace.agents = nil
            return CommandResult.none.noting("agent \(agent.name) (\(agent.id)) deleted")
        },
    ]

    /// A subcommand of the current agent that takes no words.
    private static func onCurrentAgent(
        _ name: String, example: String, _ body: @escaping @Sendable (isolated Shell, AgentRef) async throws -> CommandResult
    ) -> Subcommand {
        Subcommand(name, usage: "agent \(name)", example: example) { shell, arguments in
            try arguments.finish(usage: "agent \(name)")
            return try await body(shell, try shell.requireAgent(for: "agent \(name)"))
        }
    }

    /// `agent enable` or `agent disable`.
    private static func enabling(_ name: String) -> Subcommand {
        onCurrentAgent(name, example: "agent \(name)") { shell, agent in
            try await shell.client().updateAgent(id: agent.id, [PatchOperation(op: "replace", path: "/enabled", value: .bool(name == "enable"))])
            shell.workspace.agents = nil
            return CommandResult.none.noting("agent \(agent.name) \(name)d")
        }
    }
}
