import CloudBackupAPI

/// Browse results as they arrived, per agent and path. The service keeps a result for only about
/// a minute, so the shell keeps its own copy for listing and completion.
///
/// The copies are bounded: past `entryLimit` entries in all (a result counts as one more than its
/// entries, so that empty directories count too), the results stored longest ago are
/// dropped (a later listing browses again), so that walking a tree of any size holds a bounded part
/// of it. The result stored last is always kept, however large.
public struct BrowseCache: Sendable {
    /// The entries kept in all, unless a single result has more.
    public static let defaultEntryLimit = 50_000

    private struct Kept: Sendable {
        var result: BrowseResult
        var generation: Int
    }

    private var results: [String: [RemoteName: Kept]] = [:]
    /// Agent and path of each stored result, oldest first; a path stored again has a newer generation,
    /// and its older places are skipped when their turn comes.
    private var order: [(agentID: String, path: RemoteName, generation: Int)] = []
    private var oldest = 0
    private var generation = 0
    private let entryLimit: Int
    /// The entries of the results kept, each result counting one more.
    public private(set) var entryCount = 0
    private var keptCount = 0

    public init(entryLimit: Int = Self.defaultEntryLimit) {
        self.entryLimit = entryLimit
    }

    /// Keeps a result, replacing any earlier one for the same agent and path.
    public mutating func store(_ result: BrowseResult, agentID: String) {
        let path = Self.normalized(result.remotePath)
        generation += 1
        if let earlier = results[agentID]?[path] {
            entryCount -= Self.weight(earlier.result)
            keptCount -= 1
        }
        results[agentID, default: [:]][path] = Kept(result: result, generation: generation)
        entryCount += Self.weight(result)
        keptCount += 1
        order.append((agentID, path, generation))
        dropOldest()
    }

    /// The last result for a path of an agent, if one arrived and is still kept.
    public func result(agentID: String, path: RemoteName) -> BrowseResult? {
        results[agentID]?[Self.normalized(path)]?.result
    }

    /// Every path of an agent that has a result.
    public func paths(agentID: String) -> [RemoteName] {
        results[agentID].map { Array($0.keys).sorted() } ?? []
    }

    private mutating func dropOldest() {
        while entryCount > entryLimit, oldest < order.count - 1 {
            let place = order[oldest]
            oldest += 1
            guard let kept = results[place.agentID]?[place.path], kept.generation == place.generation else { continue }
            entryCount -= Self.weight(kept.result)
            keptCount -= 1
            results[place.agentID]?[place.path] = nil
            if results[place.agentID]?.isEmpty == true { results[place.agentID] = nil }
        }
        // Places of results dropped or stored again are let go once they outnumber the kept ones.
        if order.count > 2 * keptCount + 1_024 {
            order = order[oldest...].filter { results[$0.agentID]?[$0.path]?.generation == $0.generation }
            oldest = 0
        }
    }

    /// How many places the order of storing holds, stale ones included.
    var placeCount: Int { order.count - oldest }

    private static func weight(_ result: BrowseResult) -> Int { result.items.count + 1 }

    /// The path without a trailing slash (except the root), so `/etc` and `/etc/` are one entry.
    static func normalized(_ path: RemoteName) -> RemoteName {
        var bytes = path.bytes
        while bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        return RemoteName(bytes: bytes.isEmpty ? Array("/".utf8) : bytes)
    }
}
