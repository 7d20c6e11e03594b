import CloudBackupAPI
import CloudBackupClient

/// How `wait` ends for backups, restores, cleanups, backup browsing and vault requests.
extension Shell {
    static let terminalJobStates: Set<String> = ["completed", "completed_with_errors", "failed", "stopped", "skipped", "missed"]
    static let failedJobStates: Set<String> = ["completed_with_errors", "failed", "stopped", "missed"]

    /// Checks a job once: nil while it runs; when it has finished, the job, or a failure showing it.
    func answerJob(_ kind: JobKind, id: String, client: any CloudBackupService) async throws -> CommandResult? {
        let job: CommandResult
        let state: String
        let errors: ErrorSummary?
        switch kind {
        case .backup:
            let backup = try await client.backup(id: id)
            (job, state, errors) = (.one(backup, Renderer.backups), backup.state, backup.errors)
        case .restore:
            let restore = try await client.restore(id: id)
            (job, state, errors) = (.one(restore, Renderer.restores), restore.state, restore.errors)
        case .cleanup:
            let cleanup = try await client.cleanup(id: id)
            (job, state, errors) = (.one(cleanup, Renderer.cleanups), cleanup.state, cleanup.errors)
        }
        guard Self.terminalJobStates.contains(state) else { return nil }
        let short = String(id.prefix(8))
        guard Self.failedJobStates.contains(state) else { return job.noting("\(kind.rawValue) \(short) \(state)") }
        if state == "completed_with_errors" {
            let count = errors?.count ?? 0
            throw FailureWithResult(result: job, error: ShellError.failure(
                "\(kind.rawValue) \(short) completed with \(count) error\(count == 1 ? "" : "s")",
                hint: "'\(kind.rawValue) errors \(short)' lists them"))
        }
        let reason = errors?.reason.map { ": \($0)" } ?? ""
        throw FailureWithResult(result: job, error: ShellError.failure(
            "\(kind.rawValue) \(short) ended \(state)\(reason)",
            hint: "'\(kind.rawValue) show \(short)' and 'events --\(kind.rawValue) \(short)' say more"))
    }

    func answerBackupBrowse(backupID: String, requestID: String, path: RemoteName, client: any CloudBackupService) async throws -> CommandResult? {
        guard let result = try await client.backupBrowseResult(backupID: backupID, requestID: requestID) else { return nil }
        guard result.succeeded else {
            throw ShellError.failure(
                "could not list \(path.escaped) in backup \(backupID.prefix(8))", hint: "check that the path is in the backup and is a directory")
        }
        workspace.browseCache.store(result, agentID: Self.backupCacheKey(backupID))
        return .document(result, Renderer.browse)
    }

    func answerVault(_ pending: PendingRequest, client: any CloudBackupService) async throws -> CommandResult? {
        switch pending {
        case .vaultEncryption(let agent, let requestID):
            guard let result = try await client.vaultEncryptionResult(agentID: agent.id, requestID: requestID) else { return nil }
            let shown = CommandResult.shown(result) { _ in }
            guard result.succeeded else {
                throw FailureWithResult(result: shown, error: ShellError.failure(
                    "\(agent.name) could not change the vault encryption", hint: "check the old password with 'vault verify OLD_HEX'"))
            }
            return shown.noting("\(agent.name): vault encryption changed")
        case .passwordVerification(let agent, let requestID):
            guard let result = try await client.passwordVerificationResult(agentID: agent.id, requestID: requestID) else { return nil }
            let shown = CommandResult.shown(result) { _ in }
            guard result.valid else {
                throw FailureWithResult(result: shown, error: ShellError.failure(
                    "\(agent.name): the vault password is not valid", hint: "check the encrypted password hex"))
            }
            return shown.noting("\(agent.name): the vault password is valid")
        default:
            return nil
        }
    }

    /// The browse cache's key for a backup: backups share the cache with agents.
    static func backupCacheKey(_ backupID: String) -> String { "backup:\(backupID)" }
}

extension Shell {
    /// Asks a job to stop. The service answers 409 when it has already finished; that gets a hint
    /// of where to look instead.
    func stopJob(_ kind: JobKind, id: String, stop: () async throws -> Void) async throws -> CommandResult {
        do {
            try await stop()
        } catch let error as APIError where error.status == 409 {
            let short = id.prefix(8)
            throw ShellError.failure(error.description, hint: "the \(kind.rawValue) has finished; '\(kind.rawValue) show \(short)' shows how it ended")
        }
        return CommandResult.none.noting("\(kind.rawValue) \(id.prefix(8)): stop requested")
    }
}
