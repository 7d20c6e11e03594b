import BshLanguage
import TextDistance

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

    /// What a command or subcommand does with the shell and its words.
    typealias Run = @Sendable (isolated Shell, inout Arguments) async throws -> CommandResult

    public let name: String
    public let group: Group
    public let summary: String
    public let usage: String
    public let example: String
    /// The subcommands, each named by the word after the command.
    public let subcommands: [Subcommand]
    /// True when the command talks to the service (it needs a client).
    public let usesService: Bool
    /// What runs when the first word names no subcommand; nil when a subcommand is required.
    let run: Run?

    init(
        _ name: String, group: Group, summary: String, usage: String, example: String, subcommands: [Subcommand] = [],
        usesService: Bool = true, run: Run? = nil
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

    /// The subcommand with this name, if there is one.
    public func subcommand(named name: String) -> Subcommand? {
        subcommands.first { $0.name == name }
    }

    /// Runs the subcommand the first word names, else the command's own function.
    func perform(_ shell: isolated Shell, _ arguments: inout Arguments) async throws -> CommandResult {
        if let word = arguments.peek(), let subcommand = subcommand(named: word) {
            _ = arguments.next()
            return try await subcommand.run(shell, &arguments)
        }
        if let run { return try await run(shell, &arguments) }
        let word = try arguments.required("subcommand", usage: usage)
        throw arguments.unknownSubcommand(word, of: subcommands.map(\.name))
    }
}

/// A subcommand (`backup start`, `vault verify`): its usage and example for `help`, which of its
/// words are secrets for masking, and what it does. Help, completion, usage errors and masking all
/// read these declarations.
public struct Subcommand: Sendable {
    public let name: String
    public let usage: String
    public let example: String
    /// Its words that are secrets, never shown in traces, errors or history.
    public let secrets: SecretWords
    let run: CommandSpec.Run

    init(_ name: String, usage: String, example: String, secrets: SecretWords = .none, run: @escaping CommandSpec.Run) {
        self.name = name
        self.usage = usage
        self.example = example
        self.secrets = secrets
        self.run = run
    }
}

/// Which words of a subcommand are secrets.
public struct SecretWords: Sendable {
    /// Every word that is not an option, and the value of every option, is a secret.
    public let allWords: Bool
    /// Options whose value is a secret.
    public let options: Set<String>

    public static let none = SecretWords(allWords: false, options: [])

    /// Every word of the subcommand but the option names.
    public static func all(options: Set<String> = []) -> SecretWords {
        SecretWords(allWords: true, options: options)
    }
}

/// Every command of the shell.
public enum CommandRegistry {
    /// Every command, its family's commands in the order the family declares them.
    public static let all: [CommandSpec] = families.flatMap { family in family.specs }

    /// The command with this name, if there is one.
    public static func command(named name: String) -> CommandSpec? {
        all.first { $0.name == name }
    }

    /// The subcommands whose words hold secrets, as (command, subcommand).
    static let secretSubcommands: [(command: String, subcommand: Subcommand)] = all.flatMap { spec in
        spec.subcommands.filter { $0.secrets.allWords || !$0.secrets.options.isEmpty }.map { (spec.name, $0) }
    }

    /// Options of subcommands whose value is a secret.
    static let secretOptions: Set<String> = Set(secretSubcommands.flatMap(\.subcommand.secrets.options))

    /// Names close to `name`, for "did you mean" hints.
    static func suggestions(for name: String) -> [String] {
        let names = all.map(\.name)
        let near = Set(EditDistance.near(name, in: names))
        return names.filter { near.contains($0) || $0.hasPrefix(name) }
    }
}
