import CloudBackupAPI

/// Finds an agent from what an operator types: a full ID, a unique ID prefix, or a name.
enum AgentResolver {
    enum Match: Equatable {
        case found(Agent)
        case none
        case ambiguous([Agent])
    }

    static func resolve(_ query: String, in agents: [Agent]) -> Match {
        resolve(query, in: AgentList(agents))
    }

    /// The same over an indexed list: a full ID, the common case in a fan-out over thousands of
    /// agents (`agent $a.id`), is found without a pass over all of them.
    static func resolve(_ query: String, in list: AgentList) -> Match {
        if let agent = list.agent(id: query) { return .found(agent) }
        let agents = list.agents
        let wanted = query.lowercased()
        if let exact = agents.first(where: { $0.id.lowercased() == wanted }) { return .found(exact) }
        let named = agents.filter { $0.name.lowercased() == wanted }
        if named.count == 1 { return .found(named[0]) }
        if named.count > 1 { return .ambiguous(named) }
        let prefixed = agents.filter { $0.id.lowercased().hasPrefix(wanted) }
        if prefixed.count == 1 { return .found(prefixed[0]) }
        if prefixed.count > 1 { return .ambiguous(prefixed) }
        let namePrefixed = agents.filter { $0.name.lowercased().hasPrefix(wanted) }
        if namePrefixed.count == 1 { return .found(namePrefixed[0]) }
        if namePrefixed.count > 1 { return .ambiguous(namePrefixed) }
        return .none
    }
}

/// The project's agents as listed, with an index by ID.
struct AgentList: Sendable {
    let agents: [Agent]
    private let positions: [String: Int]

    init(_ agents: [Agent]) {
        self.agents = agents
        positions = Dictionary(agents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The agent with exactly this ID.
    func agent(id: String) -> Agent? {
        positions[id].map { agents[$0] }
    }
}

/// Finds one item by a unique ID prefix, the rule every kind of ID follows.
enum IDPrefix {
    static func resolve<T>(_ query: String, in items: [T], id: (T) -> String) -> [T] {
        let wanted = query.lowercased()
        if let exact = items.first(where: { id($0).lowercased() == wanted }) { return [exact] }
        return items.filter { id($0).lowercased().hasPrefix(wanted) }
    }
}
