import CloudBackupAPI
import CloudBackupClient

/// A directory of a tree.
struct TreeLocation: Sendable, Hashable {
    var tree: FileTree
    var path: RemoteName
}

/// The current tree, its directories, and walking it: listings come from the browse cache or are
/// browsed on demand, many at a time.
extension Shell {
    /// How many levels below its starting directories a walk goes at most, unless told otherwise.
    static let walkDepthLimit = 64

    /// The tree commands work on: the backup in use, else the current agent's files.
    func currentTree(for command: String) throws -> FileTree {
        if let backup = workspace.trees.backupInUse { return .backup(backup) }
        return .live(try requireAgent(for: command))
    }

    /// The current directory in a tree (`/` until changed).
    func directory(in tree: FileTree) -> RemoteName {
        workspace.remoteDirectories[tree.cacheKey] ?? RemotePath.root
    }

    /// The current directory on an agent's own files.
    func directory(of agent: AgentRef) -> RemoteName {
        directory(in: .live(agent))
    }

    /// The listings of directories of a tree: those received already, the others browsed now, at
    /// most `TreeBrowser.parallelRequests` at a time. A path the agent could not list (missing, or
    /// not a directory) has a result that did not succeed.
    func listings(
        of paths: [RemoteName], in tree: FileTree, progress: inout WalkProgress, answerTimes: AnswerTimes? = nil
    ) async throws -> [RemoteName: BrowseResult] {
        let found = try await listings(
            of: paths.map { TreeLocation(tree: tree, path: $0) }, progress: &progress, answerTimes: answerTimes)
        return Dictionary(found.map { ($0.key.path, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The listings of directories of any trees (the same path in several backups), browsed together.
    /// `answerTimes` carries what the agents' answer times taught from one call to the next.
    func listings(
        of locations: [TreeLocation], progress: inout WalkProgress, answerTimes: AnswerTimes? = nil
    ) async throws -> [TreeLocation: BrowseResult] {
        var found: [TreeLocation: BrowseResult] = [:]
        try await forEachListing(of: locations, progress: &progress, answerTimes: answerTimes) { found[$0] = $1 }
        return found
    }

    /// Hands `body` the listing of each location in their order, as soon as it and those before it
    /// are in: received already, or browsed now, at most `TreeBrowser.parallelRequests` at a time and
    /// never more than `TreeBrowser.lookahead` places ahead of the one `body` waits for, so that
    /// a walk holds a bounded number of listings however wide the tree.
    func forEachListing(
        of locations: [TreeLocation], progress: inout WalkProgress, answerTimes: AnswerTimes? = nil,
        _ body: (TreeLocation, BrowseResult) throws -> Void
    ) async throws {
        var arrived: [Int: BrowseResult] = [:]
        var nextToStart = 0
        var nextToHand = 0
        var running = 0
        var client: (any CloudBackupService)?
        let timeout = options.defaultWaitTimeout
        let answerTimes = answerTimes ?? AnswerTimes(initial: PollSchedule().quick)
        try await withThrowingTaskGroup(of: (Int, BrowseResult).self) { group in
            while nextToHand < locations.count {
                while nextToStart < locations.count, nextToStart < nextToHand + TreeBrowser.lookahead,
                    running < TreeBrowser.parallelRequests {
                    let location = locations[nextToStart]
                    if let cached = workspace.browseCache.result(agentID: location.tree.cacheKey, path: location.path) {
                        arrived[nextToStart] = cached
                    } else {
                        let browsing: any CloudBackupService
                        if let client {
                            browsing = client
                        } else {
                            browsing = try await self.client()
                            _ = await wakeAgents(browsing)
                            client = browsing
                        }
                        let browser = TreeBrowser(client: browsing, tree: location.tree, timeout: timeout, answerTimes: answerTimes)
                        let index = nextToStart
                        group.addTask { (index, try await browser.listing(location.path)) }
                        running += 1
                    }
                    nextToStart += 1
                }
                while let result = arrived.removeValue(forKey: nextToHand) {
                    try body(locations[nextToHand], result)
                    nextToHand += 1
                }
                guard nextToHand < locations.count, running > 0, let (index, result) = try await group.next() else { continue }
                running -= 1
                arrived[index] = result
                if result.succeeded { workspace.browseCache.store(result, agentID: locations[index].tree.cacheKey) }
                progress.listed(entries: result.items.count)
            }
        }
    }

    /// The listing of one directory of a tree; nil when the agent could not list it.
    func listing(of path: RemoteName, in tree: FileTree) async throws -> BrowseResult? {
        var progress = WalkProgress(host: host, enabled: false)
        let result = try await listings(of: [path], in: tree, progress: &progress)[path]
        return result?.succeeded == true ? result : nil
    }

    /// The entry a path names in a tree, browsing its parent if needed; nil when there is none.
    /// The root is a directory.
    func entry(at path: RemoteName, in tree: FileTree) async throws -> TreeEntry? {
        guard let (parent, name) = RemotePath.split(path) else {
            return TreeEntry(path: RemotePath.root, bytes: 0, kind: .directory)
        }
        guard let listing = try await listing(of: parent, in: tree),
            let item = listing.items.first(where: { $0.remoteName == name })
        else { return nil }
        return TreeEntry(item, in: parent)
    }

    /// Visits every entry below the directories `roots`, level by level, at most `maxDepth` levels
    /// down, opening only the directories `descend` accepts. Each level's directories are browsed
    /// together; entries are visited in name order within a directory.
    func walk(
        _ tree: FileTree, from roots: [RemoteName], maxDepth: Int = Shell.walkDepthLimit,
        descend: (TreeEntry) -> Bool = { _ in true }, visit: (TreeEntry) throws -> Void
    ) async throws {
        var progress = WalkProgress(host: host, enabled: host.showsProgress && !options.json)
        defer { progress.clear() }
        let answerTimes = AnswerTimes(initial: PollSchedule().quick)
        var frontier = roots
        var depth = 1
        while !frontier.isEmpty, depth <= maxDepth {
            var next: [RemoteName] = []
            let locations = frontier.map { TreeLocation(tree: tree, path: $0) }
            try await forEachListing(of: locations, progress: &progress, answerTimes: answerTimes) { location, result in
                guard result.succeeded else { return }
                for item in result.items.sorted(by: { $0.remoteName < $1.remoteName }) {
                    let entry = TreeEntry(item, in: location.path)
                    try visit(entry)
                    if entry.kind == .directory, descend(entry) { next.append(entry.path) }
                }
            }
            frontier = next
            depth += 1
        }
    }
}
