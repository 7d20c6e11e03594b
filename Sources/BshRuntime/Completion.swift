import BshLanguage
import CloudBackupAPI

/// What the shell knows that completion can offer, taken as a snapshot so that completing never
/// waits on the network or on a running statement.
public struct CompletionContext: Sendable {
    public var agents: [AgentRef]
    public var currentAgentID: String?
    public var browsedPaths: [RemoteName]
    public var browsedItems: [RemoteName: [RemoteName]]
    /// The current directory on the current agent, against which relative paths complete.
    public var directory: RemoteName
    /// The current agent's log file IDs seen so far.
    public var logFileIDs: [String] = []
    /// The script's variables, without `$`.
    public var variables: [String] = []
    /// The procedures defined with `def`.
    public var procedures: [String] = []
    /// The patterns marked in the current tree, for `unmark`.
    public var marks: [String] = []

    public init(
        agents: [AgentRef] = [], currentAgentID: String? = nil, browsedPaths: [RemoteName] = [],
        browsedItems: [RemoteName: [RemoteName]] = [:], directory: RemoteName = RemoteName("/"),
        logFileIDs: [String] = [], variables: [String] = [], procedures: [String] = [], marks: [String] = []
    ) {
        self.marks = marks
        self.variables = variables
        self.procedures = procedures
        self.directory = directory
        self.logFileIDs = logFileIDs
        self.agents = agents
        self.currentAgentID = currentAgentID
        self.browsedPaths = browsedPaths
        self.browsedItems = browsedItems
    }
}

/// Tab completion over the shell's commands, agents and browsed paths. Pure: tested without a terminal.
public enum Completer {
    /// The candidates for the word that ends at `cursor` (a character offset), and where that word starts.
    public static func complete(line: String, cursor: Int, context: CompletionContext) -> (start: Int, candidates: [String]) {
        let before = String(line.prefix(cursor))
        let statement = before.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "{" }).last.map(String.init) ?? before
        let stages = statement.split(separator: "|", omittingEmptySubsequences: false)
        let stage = stages.last.map(String.init) ?? statement
        let words = stage.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = stage.last == " " || stage.isEmpty
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())
        let start = cursor - current.count
        let options: [String]
        switch previous.first {
        case .some where current.hasPrefix("$"), .none where current.hasPrefix("$"):
            options = (context.variables + ["_", "env", "args"]).map { "$" + $0 }
        case nil where stages.count > 1:
            options = Filter.names
        case nil:
            options = CommandRegistry.all.map(\.name) + context.procedures + statementKeywords
        case let name? where current.hasPrefix("-"):
            options = CommandRegistry.command(named: name).map(flags) ?? []
        case "agent":
            options = previous.count == 1 ? context.agents.flatMap { [$0.name, $0.id] } : []
        case "browse", "cd", "ls":
            options = previous.count == 1 ? paths(completing: current, context: context) : []
        case "mark", "versions":
            options = paths(completing: current, context: context)
        case "find" where previous.last == "--in":
            options = paths(completing: current, context: context)
        case "unmark":
            options = context.marks + paths(completing: current, context: context)
        case "use" where previous.count == 1:
            options = ["backup", "live"]
        case "help":
            options = previous.count == 1 ? CommandRegistry.all.map(\.name) : []
        case "logs" where previous.count == 2 && ["show", "get", "delete"].contains(previous[1]):
            options = context.logFileIDs + ["last"]
        case let name?:
            let spec = CommandRegistry.command(named: name)
            options = previous.count == 1 ? spec?.subcommands.map(\.name) ?? [] : []
        }
        return (start, options.filter { $0.hasPrefix(current) }.sorted())
    }

    /// The words that start statements other than commands.
    static let statementKeywords = ["let", "set", "if", "for", "while", "def", "expect", "try", "on", "return", "break", "continue"]

    /// The `--flags` a command's usage line mentions.
    private static func flags(of spec: CommandSpec) -> [String] {
        let words = spec.usage.split(whereSeparator: { " []|()…".contains($0) }).map(String.init)
        return Array(Set(words.filter { $0.hasPrefix("--") }))
    }

    /// Names from the browse results of the directory the word is in, absolute or relative to
    /// the current directory.
    private static func paths(completing word: String, context: CompletionContext) -> [String] {
        let prefix = word.lastIndex(of: "/").map { String(word[...$0]) } ?? ""
        let directory = RemotePath.resolve(RemoteName(escaped: prefix.isEmpty ? "." : prefix), from: context.directory)
        let names = (context.browsedItems[directory] ?? []).map { prefix + $0.escaped }
        return word.isEmpty && context.directory == RemotePath.root && names.isEmpty ? ["/"] : names
    }
}

extension Shell {
    /// A snapshot of what completion can offer now.
    public func completionContext() -> CompletionContext {
        var items: [RemoteName: [RemoteName]] = [:]
        let tree = try? currentTree(for: "")
        if let key = tree?.cacheKey {
            for path in workspace.browseCache.paths(agentID: key) {
                guard let result = workspace.browseCache.result(agentID: key, path: path) else { continue }
                items[path] = result.items.map { item in
                    item.isDirectory ? RemoteName(bytes: item.remoteName.bytes + [UInt8(ascii: "/")]) : item.remoteName
                }
            }
        }
        return CompletionContext(
            agents: (workspace.agents?.agents ?? []).map(AgentRef.init), currentAgentID: workspace.currentAgent?.id,
            browsedPaths: Array(items.keys), browsedItems: items,
            directory: tree.map { directory(in: $0) } ?? RemotePath.root,
            logFileIDs: workspace.currentAgent.flatMap { workspace.seenLogFileIDs[$0.id] } ?? [],
            variables: session.variables.names.sorted(), procedures: session.procedures.keys.sorted(),
            marks: tree.map { workspace.trees.marks[$0].rules.map(\.pattern.path.escaped) } ?? [])
    }

    /// Where the session is, for the prompt: the tree (`web01`, or `web01@2e93ba79` in a backup) and
    /// the current directory when it is not the root; nil before an agent is chosen.
    public var promptPlace: String? {
        guard let tree = try? currentTree(for: "") else { return nil }
        let directory = directory(in: tree)
        return directory == RemotePath.root ? tree.label : "\(tree.label):\(directory.escaped)"
    }
}
