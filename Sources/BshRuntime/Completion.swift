import CloudBackupAPI

/// What the shell knows that completion can offer, taken as a snapshot so that completing never
/// waits on the network or on a running statement.
public struct CompletionContext: Sendable {
    public var agents: [AgentRef]
    public var currentAgentID: String?
    public var browsedPaths: [RemoteName]
    public var browsedItems: [RemoteName: [RemoteName]]

    public init(agents: [AgentRef] = [], currentAgentID: String? = nil, browsedPaths: [RemoteName] = [], browsedItems: [RemoteName: [RemoteName]] = [:]) {
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
        let statement = before.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? before
        let words = statement.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let endsWithSpace = statement.last == " " || statement.isEmpty
        let current = endsWithSpace ? "" : (words.last ?? "")
        let previous = endsWithSpace ? words : Array(words.dropLast())
        let start = cursor - current.count
        let options: [String]
        switch previous.first {
        case nil:
            options = CommandRegistry.all.map(\.name)
        case "agent":
            options = previous.count == 1 ? context.agents.flatMap { [$0.name, $0.id] } : []
        case "browse":
            options = previous.count == 1 ? paths(completing: current, context: context) : []
        case "help":
            options = previous.count == 1 ? CommandRegistry.all.map(\.name) : []
        case let name?:
            let spec = CommandRegistry.command(named: name)
            options = previous.count == 1 ? spec?.subcommands ?? [] : []
        }
        return (start, options.filter { $0.hasPrefix(current) }.sorted())
    }

    private static func paths(completing word: String, context: CompletionContext) -> [String] {
        guard let slash = word.lastIndex(of: "/") else { return ["/"] }
        let directory = RemoteName(escaped: slash == word.startIndex ? "/" : String(word[..<slash]))
        let prefix = String(word[...slash])
        return (context.browsedItems[directory] ?? []).map { prefix + $0.escaped }
    }
}

extension Shell {
    /// A snapshot of what completion can offer now.
    public func completionContext() -> CompletionContext {
        var items: [RemoteName: [RemoteName]] = [:]
        if let agent = currentAgent {
            for path in browseCache.paths(agentID: agent.id) {
                guard let result = browseCache.result(agentID: agent.id, path: path) else { continue }
                items[path] = result.items.map { item in
                    item.isDirectory ? RemoteName(bytes: item.remoteName.bytes + [UInt8(ascii: "/")]) : item.remoteName
                }
            }
        }
        return CompletionContext(
            agents: (agents ?? []).map(AgentRef.init), currentAgentID: currentAgent?.id,
            browsedPaths: Array(items.keys), browsedItems: items)
    }
}
