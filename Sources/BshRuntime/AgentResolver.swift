import CloudBackupAPI

/// Finds an agent from what an operator types: a full ID, a unique ID prefix, or a name.
enum AgentResolver {
    enum Match: Equatable {
        case found(Agent)
        case none
        case ambiguous([Agent])
    }

    static func resolve(_ query: String, in agents: [Agent]) -> Match {
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

/// Finds one item by a unique ID prefix, the rule every kind of ID follows.
enum IDPrefix {
    static func resolve<T>(_ query: String, in items: [T], id: (T) -> String) -> [T] {
        let wanted = query.lowercased()
        if let exact = items.first(where: { id($0).lowercased() == wanted }) { return [exact] }
        return items.filter { id($0).lowercased().hasPrefix(wanted) }
    }
}
