import CloudBackupAPI

/// `cd`, `ls` and `pwd` over the current agent's files, like a restore tree: listings come from the
/// browse results already received, and a directory not seen yet is browsed on demand.
enum NavigationCommands: CommandFamily {
    static let specs: [CommandSpec] = [
        CommandSpec(
            "pwd", group: .files, summary: "print the current directory on the agent", usage: "pwd", example: "pwd",
            usesService: false
        ) { shell, arguments in
            try arguments.finish(usage: "pwd")
            let agent = try shell.requireAgent(for: "pwd")
            return .text(shell.directory(of: agent).escaped)
        },
        CommandSpec(
            "cd", group: .files, summary: "change the current directory on the agent", usage: "cd [PATH]",
            example: "cd /etc; ls", usesService: false
        ) { shell, arguments in
            let target = arguments.next()
            try arguments.finish(usage: "cd [PATH]")
            let agent = try shell.requireAgent(for: "cd /etc")
            try shell.changeDirectory(to: RemoteName(escaped: target ?? "/"), agent: agent)
            return .none
        },
        CommandSpec(
            "ls", group: .files, summary: "list a directory on the agent, browsing it if not seen yet",
            usage: "ls [--refresh] [PATH]", example: "cd /etc; ls ssh"
        ) { shell, arguments in
            let options = try OptionWords(&arguments, flags: ["--refresh"], usage: "ls [--refresh] [PATH]")
            guard options.positional.count <= 1 else {
                throw ShellError.usage("unexpected argument '\(options.positional[1])'", hint: "usage: ls [--refresh] [PATH]")
            }
            let agent = try shell.requireAgent(for: "ls")
            return try await shell.list(RemoteName(escaped: options.positional.first ?? "."), agent: agent, refresh: options.has("--refresh"))
        },
    ]
}

extension Shell {
    /// The current directory on an agent (`/` until changed).
    func directory(of agent: AgentRef) -> RemoteName {
        workspace.remoteDirectories[agent.id] ?? RemotePath.root
    }

    func changeDirectory(to path: RemoteName, agent: AgentRef) throws {
        let target = RemotePath.resolve(path, from: directory(of: agent))
        if let (parent, name) = RemotePath.split(target),
            let listing = workspace.browseCache.result(agentID: agent.id, path: parent)
        {
            guard let item = listing.items.first(where: { $0.remoteName == name }) else {
                throw ShellError.failure("no such directory: \(target.escaped)", hint: "'ls \(parent.escaped)' shows what is there")
            }
            guard item.isDirectory else { throw ShellError.failure("not a directory: \(target.escaped)") }
        }
        workspace.remoteDirectories[agent.id] = target
    }

    /// A directory's listing: the one received already, else browsed now and waited for. The request
    /// is this command's own: it does not replace the one `wait` waits for.
    func list(_ path: RemoteName, agent: AgentRef, refresh: Bool) async throws -> CommandResult {
        let target = RemotePath.resolve(path, from: directory(of: agent))
        if !refresh, let cached = workspace.browseCache.result(agentID: agent.id, path: target) {
            return .document(cached, Renderer.browse)
        }
        let (request, warnings) = try await requestBrowse(target)
        return try await wait(for: request, timeout: options.defaultWaitTimeout).noting(warnings)
    }
}
