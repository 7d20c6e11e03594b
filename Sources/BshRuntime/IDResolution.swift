/// Resolving what an operator types (a full ID or a unique prefix) to the ID of a backup, restore,
/// cleanup or configuration, following the rule agents follow.
extension Shell {
    /// The one ID in `candidates` that `query` designates. `candidates` pairs each ID with a label
    /// for messages (a name or a state); `last` is the one this session last created. A full ID is accepted as it is when the list lacks it, so
    /// that the service gets to say 404.
    func resolveID(
        _ query: String, kind: CreatedKind, listCommand: String, candidates: () async throws -> [(id: String, label: String)]
    ) async throws -> String {
        if query == "last" {
            guard let id = workspace.lastCreated[kind] else {
                throw ShellError.usage("no \(kind.rawValue) was started in this session", hint: "give its ID; '\(listCommand)' lists them")
            }
            return id
        }
        let items = try await candidates()
        let matches = IDPrefix.resolve(query, in: items) { $0.id }
        if matches.count == 1 { return matches[0].id }
        if matches.isEmpty {
            if query.count >= 32 { return query }
            throw ShellError.failure("no \(kind.rawValue) matches '\(query)'", hint: "'\(listCommand)' lists them")
        }
        let names = matches.prefix(5).map { "\($0.id) (\($0.label))" }.joined(separator: ", ")
        throw ShellError.usage("'\(query)' is ambiguous: it matches \(names)", hint: "type more of the ID")
    }

    /// The ID of a backup, restore or cleanup.
    func resolveJobID(_ kind: JobKind, _ query: String) async throws -> String {
        switch kind {
        case .backup: try await resolveBackupID(query)
        case .restore: try await resolveRestoreID(query)
        case .cleanup: try await resolveCleanupID(query)
        }
    }

    func resolveBackupID(_ query: String) async throws -> String {
        let client = try await client()
        return try await resolveID(query, kind: .backup, listCommand: "backups") {
            try await client.backups().collect().map { ($0.id, $0.state) }
        }
    }

    func resolveRestoreID(_ query: String) async throws -> String {
        let client = try await client()
        return try await resolveID(query, kind: .restore, listCommand: "restores") {
            try await client.restores().collect().map { ($0.id, $0.state) }
        }
    }

    func resolveCleanupID(_ query: String) async throws -> String {
        let client = try await client()
        return try await resolveID(query, kind: .cleanup, listCommand: "cleanups") {
            try await client.cleanups().collect().map { ($0.id, $0.state) }
        }
    }

    func resolveConfigurationID(_ query: String) async throws -> String {
        try await resolveID(query, kind: .configuration, listCommand: "configs --all") {
            try await client().listConfigurations().map { ($0.id, $0.name) }
        }
    }
}
