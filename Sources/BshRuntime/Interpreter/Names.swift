import Synchronization

/// Variable names as small integers. A name gets its number once, when the statement naming it is
/// compiled, so a running script finds a variable by index instead of hashing its name.
///
/// The numbering is process-wide and only grows: code compiled by one shell runs unchanged in the
/// shells of a parallel loop, and a script has a few hundred names at most.
enum Names {
    private static let table = Mutex(Table())

    private struct Table {
        var slots: [String: Int] = [:]
        var names: [String] = []
    }

    /// The number of `name`, given to it on first use.
    static func slot(_ name: String) -> Int {
        table.withLock { table in
            if let slot = table.slots[name] { return slot }
            table.names.append(name)
            table.slots[name] = table.names.count - 1
            return table.names.count - 1
        }
    }

    /// The name numbered `slot`.
    static func name(_ slot: Int) -> String {
        table.withLock { $0.names[slot] }
    }
}
