import BshLanguage

/// One command of the shell: its name, how it is documented, and what it does. Commands are a
/// table of these values, one family per file.
public struct CommandSpec: Sendable {
    /// The group `help` lists it under.
    public enum Group: String, Sendable, CaseIterable {
        case agents = "Agents"
        case backups = "Configurations and backups"
        case files = "Files"
        case restores = "Restores and cleanups"
        case history = "Activities and events"
        case vault = "Vault"
        case logs = "Log files"
        case waiting = "Waiting"
        case service = "Service"
        case shell = "Shell"
    }

    public let name: String
    public let group: Group
    public let summary: String
    public let usage: String
    public let example: String
    /// Subcommand names, for completion and help.
    public let subcommands: [String]
    /// True when the command talks to the service (it needs a client).
    public let usesService: Bool
    let run: @Sendable (isolated Shell, inout Arguments) async throws -> CommandResult

    init(
        _ name: String, group: Group, summary: String, usage: String, example: String, subcommands: [String] = [],
        usesService: Bool = true, run: @escaping @Sendable (isolated Shell, inout Arguments) async throws -> CommandResult
    ) {
        self.name = name
        self.group = group
        self.summary = summary
        self.usage = usage
        self.example = example
        self.subcommands = subcommands
        self.usesService = usesService
        self.run = run
    }
}

/// Every command of the shell.
public enum CommandRegistry {
    public static let all: [CommandSpec] = AgentCommands.specs + BrowseCommands.specs + NavigationCommands.specs + LogCommands.specs
        + WaitCommand.specs + ShellCommands.specs + ConfigCommands.specs + BackupCommands.specs + RestoreCommands.specs
        + CleanupCommands.specs + HistoryCommands.specs + VaultCommands.specs + ServiceCommands.specs + APICommand.specs
        + ScriptCommands.specs

    /// The command with this name, if there is one.
    public static func command(named name: String) -> CommandSpec? {
        all.first { $0.name == name }
    }

    /// Names close to `name`, for "did you mean" hints.
    static func suggestions(for name: String) -> [String] {
        all.map(\.name).filter { EditDistance.between($0, name) <= max(1, name.count / 3) || $0.hasPrefix(name) }
    }
}
