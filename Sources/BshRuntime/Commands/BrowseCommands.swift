import CloudBackupAPI
import CloudBackupClient

/// `browse`: asking the current agent to list a directory of its host.
enum BrowseCommands: CommandFamily {
    static let usage = "browse [PATH] | browse --backup ID [PATH]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "browse", group: .files, summary: "ask the agent to list a directory; 'wait' shows the answer",
            usage: usage, example: "browse /etc; wait"
        ) { shell, arguments in
            let first = arguments.next()
            if first == "--backup" {
                return try await shell.browseBackup(&arguments)
            }
            let path = RemoteName(escaped: first ?? "/")
            try arguments.finish(usage: usage)
            let agent = try shell.requireAgent(for: "browse /")
            return try await shell.browse(RemotePath.resolve(path, from: shell.directory(of: agent)))
        }
    ]
}

extension Shell {
    /// Asks the current agent to list `path`; the result starts the request `wait` waits for.
    func browse(_ path: RemoteName) async throws -> CommandResult {
        let (request, warnings) = try await requestBrowse(path)
        guard case .browse(let agent, let requestID, _) = request else { return .none }
        return CommandResult.none.noting(warnings)
            .noting("\(agent.name): browse \(path.escaped) requested (\(requestID.prefix(8))); 'wait' for the answer")
            .starting(request)
    }

    /// Sends the browse request for `path` to the current agent; with any warning from waking agents.
    func requestBrowse(_ path: RemoteName) async throws -> (request: PendingRequest, warnings: [String]) {
        let agent = try requireAgent(for: "browse /")
        let client = try await client()
        let warnings = await wakeAgents(client)
        let requestID = try await client.requestBrowse(agentID: agent.id, path: path)
        return (.browse(agent: agent, requestID: requestID, path: path), warnings)
    }

    /// Switches agents to `real_time` before interactive work, so that they answer in moments
    /// rather than at their next idle poll (every 30 s). Agents fall back to idle after a while,
    /// so the activation is renewed when it is older than a minute. Failure only costs speed: it is
    /// returned as a warning for the person.
    func wakeAgents(_ client: any CloudBackupService) async -> [String] {
        guard workspace.wakeUps.claim() else { return [] }
        do {
            try await client.activateAgents(mode: .realTime)
            return []
        } catch {
            workspace.wakeUps.release()
            return ["warning: could not switch agents to real_time (\(error)); answers may take up to 30 s"]
        }
    }
}
