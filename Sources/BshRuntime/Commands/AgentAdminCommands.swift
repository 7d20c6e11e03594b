import CloudBackupAPI

/// The `agent` subcommands that look after the current agent: its status, its settings, enabling,
/// its log level and deleting an agent. A word that is one of these names is a subcommand, not an agent.
enum AgentAdminCommands {
    static let subcommands = ["status", "settings", "enable", "disable", "log-level", "delete"]
    static let levels = ["fatal", "error", "warn", "info", "debug", "trace", "all"]

    static func run(_ sub: String, shell: isolated Shell, arguments: inout Arguments) async throws -> CommandResult {
        switch sub {
        case "delete":
            let query = try single(&arguments, "agent ID", usage: "agent delete ID")
            let agent = try await shell.resolveAgent(query)
            try await shell.client().deleteAgent(id: agent.id)
            if shell.workspace.currentAgent?.id == agent.id { shell.workspace.currentAgent = nil }
            shell.workspace.agents = nil
            return CommandResult.none.noting("agent \(agent.name) (\(agent.id)) deleted")
        case "log-level":
            let level = try single(&arguments, "LEVEL", usage: "agent log-level LEVEL")
            guard levels.contains(level.lowercased()) else {
                throw ShellError.usage("'\(level)' is not a log level", hint: "use one of \(levels.joined(separator: ", "))")
            }
            let agent = try shell.requireAgent(for: "agent log-level \(level)")
            try await shell.client().updateAgent(
                id: agent.id, [PatchOperation(op: "replace", path: "/log_level", value: .string(level.lowercased()))])
            return CommandResult.none.noting("\(agent.name): log level \(level.lowercased())")
        default:
            try arguments.finish(usage: "agent \(sub)")
        }
        let agent = try shell.requireAgent(for: "agent \(sub)")
        let client = try await shell.client()
        switch sub {
        case "status":
            let status = try await client.agentStatus(agentID: agent.id)
            return .shown(status) {
                $0.fields([("agent", agent.name), ("online", status.online ? "yes" : "no"), ("busy", status.busy ? "yes" : "no")])
            }
        case "settings":
            let settings = try await client.agentSettings(agentID: agent.id)
            let configs = settings.configurations?.map { $0.name ?? $0.id }.joined(separator: ", ") ?? ""
            return .shown(settings) {
                $0.fields([
                    ("agent", agent.name), ("vaults", String(settings.vaults?.count ?? 0)),
                    ("configurations", configs.isEmpty ? "-" : configs),
                ])
            }
        default:
            try await client.updateAgent(id: agent.id, [PatchOperation(op: "replace", path: "/enabled", value: .bool(sub == "enable"))])
            shell.workspace.agents = nil
            return CommandResult.none.noting("agent \(agent.name) \(sub)d")
        }
    }
}
