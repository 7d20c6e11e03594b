import CloudBackupClient

/// A `backup`, `restore` or `cleanup` subcommand that takes one job ID (a unique prefix, or `last`).
enum JobSubcommand {
    static func taking(
        _ kind: JobKind, _ name: String, example: String,
        _ body: @escaping @Sendable (isolated Shell, any CloudBackupService, String) async throws -> CommandResult
    ) -> Subcommand {
        let usage = "\(kind.rawValue) \(name) ID"
        return Subcommand(name, usage: usage, example: example) { shell, arguments in
            let query = try single(&arguments, "\(kind.rawValue) ID", usage: usage)
            let id = try await shell.resolveJobID(kind, query)
            return try await body(shell, try await shell.client(), id)
        }
    }
}
