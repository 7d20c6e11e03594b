import CloudBackupAPI

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
        var missing: [TreeLocation] = []
        for location in locations {
            if let cached = workspace.browseCache.result(agentID: location.tree.cacheKey, path: location.path) {
                found[location] = cached
            } else {
                missing.append(location)
            }
        }
        guard !missing.isEmpty else { return found }
        let client = try await client()
        _ = await wakeAgents(client)
        let timeout = options.defaultWaitTimeout
        let answerTimes = answerTimes ?? AnswerTimes(initial: PollSchedule().quick)
        var pending = missing.makeIterator()
        try await withThrowingTaskGroup(of: (TreeLocation, BrowseResult).self) { group in
            func start(_ location: TreeLocation) {
                let browser = TreeBrowser(client: client, tree: location.tree, timeout: timeout, answerTimes: answerTimes)
                group.addTask { (location, try await browser.listing(location.path)) }
            }
            for _ in 0..<TreeBrowser.parallelRequests {
                guard let location = pending.next() else { break }
                start(location)
            }
            while let (location, result) = try await group.next() {
                found[location] = result
                if result.succeeded { workspace.browseCache.store(result, agentID: location.tree.cacheKey) }
                progress.listed(entries: result.items.count)
                if let next = pending.next() { start(next) }
            }
        }
        return found
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
            let results = try await listings(of: frontier, in: tree, progress: &progress, answerTimes: answerTimes)
            var next: [RemoteName] = []
            for directory in frontier {
                guard let result = results[directory], result.succeeded else { continue }
                for item in result.items.sorted(by: { $0.remoteName < $1.remoteName }) {
                    let entry = TreeEntry(item, in: directory)
                    try visit(entry)
                    if entry.kind == .directory, descend(entry) { next.append(entry.path) }
                }
            }
            frontier = next
            depth += 1
        }
    }
}
