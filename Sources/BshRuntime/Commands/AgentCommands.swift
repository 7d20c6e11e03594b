import CloudBackupAPI

/// `agents` and `agent`: listing the project's agents and choosing the one commands act on.
enum AgentCommands: CommandFamily {
    static let specs: [CommandSpec] = [
        CommandSpec(
            "agents", group: .agents, summary: "list the project's agents", usage: "agents", example: "agents"
        ) { shell, arguments in
            try arguments.finish(usage: "agents")
            return .list(try await shell.loadAgents(refresh: true), Renderer.agents)
        },
        CommandSpec(
            "agent", group: .agents, summary: "select the agent to work on, show it, or look after it (status, settings, …)",
            usage: "agent [ID | ID-PREFIX | NAME | SUBCOMMAND …]",
            example: "agent 8f13", subcommands: AgentAdminCommands.subcommands + [IdentityCommands.agentHere]
        ) { shell, arguments in
            let query = arguments.next()
            try arguments.finish(usage: "agent [ID | ID-PREFIX | NAME]")
            guard let query else {
                guard let current = shell.workspace.currentAgent else {
                    throw ShellError.usage("no agent selected", hint: "select one with 'agent ID', 'agent PREFIX' or 'agent NAME'; 'agents' lists them")
                }
                return .document(try await shell.client().agent(id: current.id), Renderer.agent)
            }
            let agent = try await shell.resolveAgent(query)
            return shell.select(agent)
        },
    ]
}

extension Shell {
    /// The project's agents, from the session's copy unless `refresh` asks for a new listing.
    func loadAgents(refresh: Bool = false) async throws -> [Agent] {
        try await agentList(refresh: refresh).agents
    }

    /// The agents with their index by ID.
    func agentList(refresh: Bool = false) async throws -> AgentList {
        if !refresh, let list = workspace.agents { return list }
        let fresh = AgentList(try await client().listAgents())
        workspace.agents = fresh
        return fresh
    }

    /// Lists the agents once, for completion, when the session is connected anyway; failures are
    /// left for the next command to report.
    public func prefetchAgents() async {
        guard workspace.agents == nil, await services.isConnected else { return }
        workspace.agents = (try? await client().listAgents()).map(AgentList.init)
    }

    /// The agent an ID, a unique ID prefix or a name designates; lists again once on a miss.
    func resolveAgent(_ query: String) async throws -> Agent {
        var match = AgentResolver.resolve(query, in: try await agentList())
        if match == .none { match = AgentResolver.resolve(query, in: try await agentList(refresh: true)) }
        switch match {
        case .found(let agent):
            return agent
        case .none:
            throw ShellError.failure("no agent matches '\(query)'", hint: "'agents' lists the project's agents")
        case .ambiguous(let candidates):
            let names = candidates.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw ShellError.usage("'\(query)' is ambiguous: it matches \(names)", hint: "type more of the ID")
        }
    }

    func select(_ agent: Agent) -> CommandResult {
        workspace.currentAgent = AgentRef(agent)
        workspace.trees.backupInUse = nil
        return CommandResult.none.noting("agent \(agent.name) (\(agent.id))")
    }

    /// The selected agent; a usage error when there is none.
    func requireAgent(for command: String) throws -> AgentRef {
        guard let currentAgent = workspace.currentAgent else {
            throw ShellError.usage("no agent selected", hint: "select one first, e.g. 'agent 8f13; \(command)'")
        }
        return currentAgent
    }
}
