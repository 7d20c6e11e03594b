import CloudBackupAPI
import CloudBackupClient

/// A job as one check of `wait` found it.
struct FetchedJob: Sendable {
    var result: CommandResult
    var state: String
    var errors: ErrorSummary?
    var figures: JobFigures
}

/// How `wait` ends for backups, restores, cleanups, backup browsing and vault requests.
extension Shell {
    static let terminalJobStates: Set<String> = ["completed", "completed_with_errors", "failed", "stopped", "skipped", "missed"]
    static let failedJobStates: Set<String> = ["completed_with_errors", "failed", "stopped", "missed"]

    /// Checks a job once: nil while it runs; when it has finished, the job, or a failure showing it.
    func answerJob(_ kind: JobKind, id: String, client: any CloudBackupService) async throws -> CommandResult? {
        try concludeJob(kind, id: id, try await fetchJob(kind, id: id, client: client))
    }

    /// The job's document as one check finds it, with its progress figures; a restore's totals come
    /// from its progress `events`, when given.
    func fetchJob(_ kind: JobKind, id: String, client: any CloudBackupService, events: [Event] = []) async throws -> FetchedJob {
        switch kind {
        case .backup:
            let backup = try await client.backup(id: id)
            return FetchedJob(
                result: .one(backup, Renderer.backups), state: backup.state, errors: backup.errors, figures: JobFigures(backup))
        case .restore:
            let restore = try await client.restore(id: id)
            return FetchedJob(
                result: .one(restore, Renderer.restores), state: restore.state, errors: restore.errors,
                figures: JobFigures(restore, events: events))
        case .cleanup:
            let cleanup = try await client.cleanup(id: id)
            return FetchedJob(
                result: .one(cleanup, Renderer.cleanups), state: cleanup.state, errors: cleanup.errors, figures: JobFigures(cleanup))
        }
    }

    /// Nil while the job runs; when it has finished, the job, or a failure showing it.
    func concludeJob(_ kind: JobKind, id: String, _ fetched: FetchedJob) throws -> CommandResult? {
        let (job, state, errors) = (fetched.result, fetched.state, fetched.errors)
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

    /// A job's events, oldest first, for the progress line and a restore's totals.
    func jobEvents(_ kind: JobKind, id: String, client: any CloudBackupService) async throws -> [Event] {
        switch kind {
        case .backup: try await client.backupEvents(backupID: id).collect()
        case .restore: try await client.restoreEvents(restoreID: id).collect()
        case .cleanup: try await client.cleanupEvents(cleanupID: id).collect()
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
