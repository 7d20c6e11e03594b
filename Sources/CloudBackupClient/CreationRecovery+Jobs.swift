import CloudBackupAPI

/// Finding a backup, restore or cleanup whose start request lost its answer. Before the request is
/// sent, the newest job of the list is noted; afterwards the list is read newest first down to that
/// job, and the new ones that match the request are what it may have started.
extension CloudBackupClient {
    func backupRecovery(configurationID: String) async throws -> CreationRecovery<Backup> {
        let newest = try await newestID { self.backups(options: $0) }
        return CreationRecovery(
            thing: "backup of configuration \(configurationID)",
            place: "the backups of configuration \(configurationID) (GET /backups)"
        ) {
            try await self.items(since: newest, in: self.backups(options: Self.newestFirst))?
                .filter { $0.configuration?.id == configurationID }
        }
    }

    func restoreRecovery(_ request: StartRestoreRequest) async throws -> CreationRecovery<Restore> {
        let newest = try await newestID { self.restores(options: $0) }
        let (backupID, agentID) = (request.backupID, request.destinationAgentID)
        return CreationRecovery(
            thing: "restore of backup \(backupID) to agent \(agentID)",
            place: "the restores (GET /restores)"
        ) {
            let list = self.restores(options: Self.newestFirst)
            guard let found = try await self.items(since: newest, in: list) else { return nil }
            // A list item lacks the inclusions and exclusions: the restore is read whole.
            return try await found.filter { $0.backup?.id == backupID && $0.destinationAgent?.id == agentID }
                .asyncMap { try await self.restore(id: $0.id) }
        }
    }

    func cleanupRecovery(agentID: String) async throws -> CreationRecovery<Cleanup> {
        let newest = try await newestID { self.cleanups(options: $0) }
        return CreationRecovery(
            thing: "cleanup of agent \(agentID)'s vault",
            place: "the cleanups (GET /cleanups)"
        ) {
            try await self.items(since: newest, in: self.cleanups(options: Self.newestFirst))?.filter { $0.agent?.id == agentID }
        }
    }

    static let newestFirst = ListOptions(sortDirection: .desc)

    /// The ID of the newest item of a list, nil when it is empty.
    private func newestID<T: ListedItem>(_ list: (ListOptions) -> Paginated<T>) async throws -> String? {
        try await list(ListOptions(limit: 1, sortDirection: .desc)).collect(limit: 1).first?.listID
    }

    /// The items of a list read newest first that are newer than `newest` (all of them when it is
    /// nil); nil when `newest` does not come within `limit` items.
    private func items<T: ListedItem>(since newest: String?, in list: Paginated<T>, limit: Int = 1000) async throws -> [T]? {
        var items: [T] = []
        for try await item in list {
            if item.listID == newest { return items }
            items.append(item)
            if items.count >= limit { return nil }
        }
        return newest == nil ? items : nil
    }
}

extension Array where Element: Sendable {
    /// `map` with an asynchronous transform, one element at a time.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
