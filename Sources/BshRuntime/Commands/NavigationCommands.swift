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
            let tree = try shell.currentTree(for: "pwd")
            return .text(shell.directory(in: tree).escaped)
        },
        CommandSpec(
            "cd", group: .files, summary: "change the current directory on the agent", usage: "cd [PATH]",
            example: "cd /etc; ls"
        ) { shell, arguments in
            let target = arguments.next()
            try arguments.finish(usage: "cd [PATH]")
            let tree = try shell.currentTree(for: "cd /etc")
            try await shell.changeDirectory(to: RemoteName(escaped: target ?? "/"), in: tree)
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
            let tree = try shell.currentTree(for: "ls")
            return try await shell.list(RemoteName(escaped: options.positional.first ?? "."), in: tree, refresh: options.has("--refresh"))
        },
    ]
}

extension Shell {
    /// Changes the tree's current directory after checking it is one: against its parent's listing
    /// when that was received, else by listing the directory itself (which `ls` then reuses).
    func changeDirectory(to path: RemoteName, in tree: FileTree) async throws {
        let target = RemotePath.resolve(path, from: directory(in: tree))
        if let (parent, name) = RemotePath.split(target) {
            let shown = parent == RemotePath.root ? "/" : parent.escaped
            if let listing = workspace.browseCache.result(agentID: tree.cacheKey, path: parent) {
                guard let item = listing.items.first(where: { $0.remoteName == name }) else {
                    throw ShellError.failure(
                        "no such directory in \(tree.label): \(target.escaped)", hint: "'ls \(shown)' shows what is there")
                }
                guard item.isDirectory else { throw ShellError.failure("not a directory: \(target.escaped)") }
            } else if try await listing(of: target, in: tree) == nil {
                throw ShellError.failure(
                    "no such directory in \(tree.label): \(target.escaped)", hint: "'ls \(shown)' shows what is there")
            }
        }
        workspace.remoteDirectories[tree.cacheKey] = target
    }

    /// A directory's listing in the current tree: the one received already, else browsed now and
    /// waited for. The request is this command's own: it does not replace the one `wait` waits for.
    func list(_ path: RemoteName, in tree: FileTree, refresh: Bool) async throws -> CommandResult {
        let target = RemotePath.resolve(path, from: directory(in: tree))
        if !refresh, let cached = workspace.browseCache.result(agentID: tree.cacheKey, path: target) {
            return .listing(cached, of: target)
        }
        let client = try await client()
        let warnings = await wakeAgents(client)
        let browser = TreeBrowser(client: client, tree: tree, timeout: options.defaultWaitTimeout)
        let result = try await browser.listing(target)
        guard result.succeeded else {
            throw ShellError.failure(
                "\(tree.agent.name) could not list \(target.escaped) in \(tree.label)",
                hint: "check that the path exists and is a directory")
        }
        workspace.browseCache.store(result, agentID: tree.cacheKey)
        return CommandResult.listing(result, of: target).noting(warnings)
    }
}
