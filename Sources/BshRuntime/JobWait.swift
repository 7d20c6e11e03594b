import CloudBackupAPI
import CloudBackupClient

/// How `wait` ends for backups, restores, cleanups, backup browsing and vault requests.
extension Shell {
    static let terminalJobStates: Set<String> = ["completed", "completed_with_errors", "failed", "stopped", "skipped", "missed"]
    static let failedJobStates: Set<String> = ["completed_with_errors", "failed", "stopped", "missed"]

    /// Checks a job once; when it has finished, prints it and fails the statement if it failed.
    func answerJob(_ kind: JobKind, id: String, client: CloudBackupClient) async throws -> Bool {
        var state = ""
        var errors: ErrorSummary?
        switch kind {
        case .backup:
            let backup = try await client.backup(id: id)
            state = backup.state
            errors = backup.errors
            if Self.terminalJobStates.contains(state) { output.one(backup, output.backups) }
        case .restore:
            let restore = try await client.restore(id: id)
            state = restore.state
            errors = restore.errors
            if Self.terminalJobStates.contains(state) { output.one(restore, output.restores) }
        case .cleanup:
            let cleanup = try await client.cleanup(id: id)
            state = cleanup.state
            errors = cleanup.errors
            if Self.terminalJobStates.contains(state) { output.one(cleanup, output.cleanups) }
        }
        guard Self.terminalJobStates.contains(state) else { return false }
        workspace.pending = nil
        let short = String(id.prefix(8))
        guard Self.failedJobStates.contains(state) else {
            output.note("\(kind.rawValue) \(short) \(state)")
            return true
        }
        if state == "completed_with_errors" {
            let count = errors?.count ?? 0
            throw ShellError.failure(
                "\(kind.rawValue) \(short) completed with \(count) error\(count == 1 ? "" : "s")",
                hint: "'\(kind.rawValue) errors \(short)' lists them")
        }
        let reason = errors?.reason.map { ": \($0)" } ?? ""
        throw ShellError.failure(
            "\(kind.rawValue) \(short) ended \(state)\(reason)", hint: "'\(kind.rawValue) show \(short)' and 'events --\(kind.rawValue) \(short)' say more")
    }

    func answerBackupBrowse(backupID: String, requestID: String, path: RemoteName, client: CloudBackupClient) async throws -> Bool {
        guard let result = try await client.backupBrowseResult(backupID: backupID, requestID: requestID) else { return false }
        guard result.succeeded else {
            throw ShellError.failure(
                "could not list \(path.escaped) in backup \(backupID.prefix(8))", hint: "check that the path is in the backup and is a directory")
        }
        workspace.browseCache.store(result, agentID: Self.backupCacheKey(backupID))
        output.browse(result)
        return true
    }

    func answerVault(_ pending: PendingRequest, client: CloudBackupClient) async throws -> Bool {
        switch pending {
        case .vaultEncryption(let agent, let requestID):
            guard let result = try await client.vaultEncryptionResult(agentID: agent.id, requestID: requestID) else { return false }
            _ = output.show(result)
            guard result.succeeded else {
                workspace.pending = nil
                throw ShellError.failure("\(agent.name) could not change the vault encryption", hint: "check the old password with 'vault verify OLD_HEX'")
            }
            output.note("\(agent.name): vault encryption changed")
            return true
        case .passwordVerification(let agent, let requestID):
            guard let result = try await client.passwordVerificationResult(agentID: agent.id, requestID: requestID) else { return false }
            _ = output.show(result)
            guard result.valid else {
                workspace.pending = nil
                throw ShellError.failure("\(agent.name): the vault password is not valid", hint: "check the encrypted password hex")
            }
            output.note("\(agent.name): the vault password is valid")
            return true
        default:
            return false
        }
    }

    /// The browse cache's key for a backup: backups share the cache with agents.
    static func backupCacheKey(_ backupID: String) -> String { "backup:\(backupID)" }
}

extension Shell {
    /// Asks a job to stop. The service answers 409 when it has already finished; that gets a hint
    /// of where to look instead.
    func stopJob(_ kind: JobKind, id: String, stop: () async throws -> Void) async throws {
        do {
            try await stop()
        } catch let error as APIError where error.status == 409 {
            let short = id.prefix(8)
            throw ShellError.failure(error.description, hint: "the \(kind.rawValue) has finished; '\(kind.rawValue) show \(short)' shows how it ended")
        }
        output.note("\(kind.rawValue) \(id.prefix(8)): stop requested")
    }
}
