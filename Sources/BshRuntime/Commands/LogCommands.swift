import CloudBackupAPI
import Foundation

/// `logs`: asking the current agent to upload its logs, and listing, showing, fetching, deleting them.
enum LogCommands: CommandFamily {
    static let usage = "logs [request | show ID | get ID [FILE] | delete ID]   (ID may be 'last')"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "logs", group: .logs, summary: "request, list, show, download or delete the agent's log files",
            usage: usage, example: "logs request; wait; logs get last agent.log",
            subcommands: [
                Subcommand("request", usage: "logs request", example: "logs request; wait") { shell, arguments in
                    let agent = try shell.requireAgent(for: "logs request")
                    try arguments.finish(usage: "logs request")
                    return try await shell.requestLogs(agent)
                },
                Subcommand("show", usage: "logs show ID", example: "logs show last") { shell, arguments in
                    let agent = try shell.requireAgent(for: "logs show ID")
                    let id = try single(&arguments, "log file ID", usage: "logs show ID")
                    return .one(try await shell.resolveLogFile(id, agent: agent), Renderer.logFiles)
                },
                Subcommand("get", usage: "logs get ID [FILE]", example: "logs get last agent.log") { shell, arguments in
                    let agent = try shell.requireAgent(for: "logs get ID")
                    let id = try arguments.required("log file ID", usage: "logs get ID [FILE]")
                    let file = arguments.next()
                    try arguments.finish(usage: "logs get ID [FILE]")
                    return try await shell.downloadLog(id, agent: agent, to: file)
                },
                Subcommand("delete", usage: "logs delete ID", example: "logs delete last") { shell, arguments in
                    let agent = try shell.requireAgent(for: "logs delete ID")
                    let id = try single(&arguments, "log file ID", usage: "logs delete ID")
                    let logFile = try await shell.resolveLogFile(id, agent: agent)
                    try await shell.client().deleteLogFile(agentID: agent.id, id: logFile.id)
                    return CommandResult.none.noting("log file \(logFile.id) deleted")
                },
            ]
        ) { shell, arguments in
            let agent = try shell.requireAgent(for: "logs")
            if let other = arguments.next() {
                throw ShellError.usage("unknown subcommand '\(other)'", hint: "usage: \(usage)")
            }
            return .list(try await shell.logFileList(agent), Renderer.logFiles)
        }
    ]
}

extension Shell {
    func requestLogs(_ agent: AgentRef) async throws -> CommandResult {
        let client = try await client()
        let warnings = await wakeAgents(client)
        let logFile = try await client.requestLogFile(agentID: agent.id)
        workspace.lastLogFileID[agent.id] = logFile.id
        workspace.seenLogFileIDs[agent.id, default: []].append(logFile.id)
        return CommandResult.one(logFile, Renderer.logFiles).noting(warnings)
            .noting("\(agent.name): log upload requested; 'wait' until it completes")
            .starting(.logFile(agent: agent, id: logFile.id))
    }

    /// The agent's log files, remembered for completion.
    func logFileList(_ agent: AgentRef) async throws -> [LogFile] {
        let files = try await client().listLogFiles(agentID: agent.id)
        workspace.seenLogFileIDs[agent.id] = files.map(\.id)
        return files
    }

    /// The log file a unique ID prefix designates, among the agent's; `last` is the one this
    /// session requested last.
    func resolveLogFile(_ query: String, agent: AgentRef) async throws -> LogFile {
        let files = try await logFileList(agent)
        if query == "last" {
            guard let id = workspace.lastLogFileID[agent.id] else {
                throw ShellError.usage("no log file was requested from \(agent.name) in this session", hint: "'logs request' first")
            }
            guard let file = files.first(where: { $0.id == id }) else {
                throw ShellError.failure("log file \(id) of \(agent.name) no longer exists")
            }
            return file
        }
        let matches = IDPrefix.resolve(query, in: files, id: \.id)
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw ShellError.failure("no log file of \(agent.name) matches '\(query)'", hint: "'logs' lists them")
        }
        throw ShellError.usage("'\(query)' is ambiguous: it matches \(matches.map(\.id).joined(separator: ", "))", hint: "type more of the ID")
    }

    /// A log file's text, or where it was written.
    func downloadLog(_ query: String, agent: AgentRef, to path: String?) async throws -> CommandResult {
        let logFile = try await resolveLogFile(query, agent: agent)
        guard logFile.state == LogFile.State.completed.rawValue else {
            throw ShellError.failure("log file \(logFile.id) is \(logFile.state), not completed", hint: "'wait' for it first")
        }
        let bytes = try await client().downloadLog(logFile)
        guard let path else { return .text(String(decoding: bytes, as: UTF8.self)) }
        var isDirectory: ObjCBool = false
        if path.isEmpty || FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue {
            throw ShellError.usage("cannot write '\(path)': \(path.isEmpty ? "no file named" : "it is a directory")",
                                   hint: "name a file, e.g. logs get last /tmp/agent.log")
        }
        do {
            try PrivateFile.write(bytes, to: path)
        } catch {
            throw ShellError.failure("cannot write '\(path)': \(error.reason)")
        }
        return CommandResult.none.noting("wrote \(bytes.count) bytes to \(path)")
    }
}
