import CloudBackupAPI
import Foundation

/// Decodes one documented example with its wire model and encodes it again, so that a test can
/// see which documented fields the model keeps.
struct FixtureDecoder: Sendable {
    let typeName: String
    let roundTrip: @Sendable (Data) throws -> Data

    static func of<T: Codable & SendableMetatype>(_ type: T.Type) -> FixtureDecoder {
        FixtureDecoder(typeName: "\(T.self)") { data in
            try JSONEncoder().encode(try JSONDecoder().decode(T.self, from: data))
        }
    }
}

extension FixtureDecoder {
    /// The model for every fixture file, by file name without `.json`. A fixture missing here
    /// fails the walk in `DocumentedExamplesTests`.
    static let table: [String: FixtureDecoder] = [
        "get-an-agents-status-v2-project-id-agents-agent-id-status.response": .of(AgentStatus.self),
        "get-health-details-v2-project-id-health-dependent-system.response": .of(DependentSystemHealth.self),
        "get-list-activities-for-a-configuration-v2-project-id-configurations-configuration-id-activities.response": .of(ActivityList.self),
        "get-list-activities-for-a-project-v2-project-id-activities.response": .of(ActivityList.self),
        "get-list-activities-for-an-agent-v2-project-id-agents-agent-id-activities.response": .of(ActivityList.self),
        "get-list-agents-for-a-project-v2-project-id-agents.response": .of(AgentList.self),
        "get-list-configuration-settings-for-an-agent-v2-project-id-agents-agent-id-configuration.response": .of(AgentConfiguration.self),
        "get-list-configurations-for-an-agent-v2-project-id-agents-agent-id-configurations.response": .of(ConfigurationList.self),
        "get-list-details-about-a-backup-v2-project-id-backups-backup-id.response": .of(Backup.self),
        "get-list-details-about-a-cleanup-v2-project-id-cleanups-cleanup-id.response": .of(Cleanup.self),
        "get-list-details-about-a-configuration-v2-project-id-configurations-configuration-id.response": .of(Configuration.self),
        "get-list-details-about-a-restore-v2-project-id-restores-restore-id.response": .of(Restore.self),
        "get-list-details-about-an-agent-v2-project-id-agents-agent-id.response": .of(Agent.self),
        "get-list-details-for-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles-logfile-id.response": .of(LogFile.self),
        "get-list-errors-for-a-backup-v2-project-id-backups-backup-id-errors.response": .of(ErrorReport.self),
        "get-list-errors-for-a-cleanup-v2-project-id-cleanups-cleanup-id-errors.response": .of(ErrorReport.self),
        "get-list-errors-for-a-restore-v2-project-id-restores-restore-id-errors.response": .of(ErrorReport.self),
        "get-list-events-for-a-backup-v2-project-id-backups-backup-id-events.response": .of(EventList.self),
        "get-list-events-for-a-cleanup-v2-project-id-cleanups-cleanup-id-events.response": .of(EventList.self),
        "get-list-events-for-a-configuration-v2-project-id-configurations-configuration-id-events.response": .of(EventList.self),
        "get-list-events-for-a-restore-v2-project-id-restores-restore-id-events.response": .of(EventList.self),
        "get-list-events-for-an-agent-v2-project-id-agents-agent-id-events.response": .of(EventList.self),
        "get-list-results-for-a-vault-password-verification-request-v2-project-id-agents-agent-id-vault-password-verification-requests-request-id.response":
            .of(PasswordVerificationResult.self),
        "get-list-the-backups-for-a-project-v2-project-id-backups.response": .of(BackupList.self),
        "get-list-the-cleanups-for-a-project-v2-project-id-cleanups.response": .of(CleanupList.self),
        "get-list-the-configurations-for-a-project-v2-project-id-configurations.response": .of(ConfigurationList.self),
        "get-list-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles.response": .of(LogFileList.self),
        "get-list-the-restores-for-a-project-v2-project-id-restores.response": .of(RestoreList.self),
        "get-lists-results-of-a-vault-encryption-request-v2-project-id-agents-agent-id-vault-encryption-requests-request-id.response":
            .of(VaultEncryptionResult.self),
        "get-perform-health-check-v2-project-id-health.response": .of(Health.self),
        "get-retrieve-project-events-v2-project-id-events.response": .of(EventList.self),
        "get-summary-settings-settings-summaries.response": .of(SummarySettings.self),
        "get-view-results-of-a-browse-request-for-a-backup-v2-project-id-backups-backup-id-browse-requests-request-id.response": .of(BrowseResult.self),
        "get-view-results-of-a-browse-request-for-an-agent-v2-project-id-agents-agent-id-browse-requests-request-id.response": .of(BrowseResult.self),
        "identity-tokens.response": .of(AccessResponse.self),
        "patch-update-a-backup-v2-project-id-backups-backup-id.request": .of([PatchOperation].self),
        "patch-update-a-backup-v2-project-id-backups-backup-id.response": .of(ErrorBody.self),
        "patch-update-a-cleanup-v2-project-id-cleanups-cleanup-id.request": .of([PatchOperation].self),
        "patch-update-a-cleanup-v2-project-id-cleanups-cleanup-id.response": .of(ErrorBody.self),
        "patch-update-a-configuration-v2-project-id-configurations-configuration-id.request": .of([PatchOperation].self),
        "patch-update-a-log-file-v2-project-id-agents-agent-id-logfiles-logfile-id.request": .of([PatchOperation].self),
        "patch-update-a-restore-v2-project-id-restores-restore-id.request": .of([PatchOperation].self),
        "patch-update-a-restore-v2-project-id-restores-restore-id.response": .of(ErrorBody.self),
        "patch-update-an-agent-v2-project-id-agents-agent-id.request": .of([PatchOperation].self),
        "patch-update-an-agent-v2-project-id-agents-agent-id.response": .of(ErrorBody.self),
        "post-authenticate-an-agent-v2-project-id-agents-tokens.request": .of(AgentTokenRequest.self),
        "post-authenticate-an-agent-v2-project-id-agents-tokens.response": .of(AgentTokenResponse.self),
        "post-create-a-configuration-v2-project-id-configurations.request": .of(ConfigurationRequest.self),
        "post-create-a-configuration-v2-project-id-configurations.response": .of(Configuration.self),
        "post-enable-or-change-encryption-for-an-agents-vault-v2-project-id-agents-agent-id-vault-encryption-requests.request":
            .of(VaultEncryptionRequest.self),
        "post-events-for-an-agent-v2-project-id-agents-agent-id-events.request": .of(AgentLifecycleEvent.self),
        "post-move-a-vault-from-one-agent-to-another-agent-v2-project-id-agents-agent-id-vault.request": .of(VaultMove.self),
        "post-project-events-v2-project-id-events.request": .of(AgentActivation.self),
        "post-register-an-agent-v2-project-id-agents.request": .of(AgentRegistration.self),
        "post-register-an-agent-v2-project-id-agents.response": .of(Agent.self),
        "post-report-results-of-a-vault-encryption-request-v2-project-id-agents-agent-id-vault-encryption-requests-request-id.request":
            .of(VaultEncryptionReport.self),
        "post-report-results-of-a-vault-password-verification-request-v2-project-id-agents-agent-id-vault-password-verification-requests-request-id.request":
            .of(PasswordVerificationReport.self),
        "post-request-download-of-the-log-file-for-an-agent-v2-project-id-agents-agent-id-logfiles.response": .of(LogFile.self),
        "post-request-to-browse-a-backups-files-v2-project-id-backups-backup-id-browse-requests.request": .of(BackupBrowseRequestBody.self),
        "post-request-to-browse-an-agents-files-v2-project-id-agents-agent-id-browse-requests.request": .of(BrowseRequestBody.self),
        "post-request-to-verify-the-password-for-an-agents-vault-v2-project-id-agents-agent-id-vault-password-verification-requests.request":
            .of(PasswordVerificationRequest.self),
        "post-start-a-backup-v2-project-id-backups.request": .of(StartBackupRequest.self),
        "post-start-a-backup-v2-project-id-backups.response": .of(Backup.self),
        "post-start-a-cleanup-v2-project-id-cleanups.request": .of(StartCleanupRequest.self),
        "post-start-a-cleanup-v2-project-id-cleanups.response": .of(Cleanup.self),
        "post-start-a-restore-v2-project-id-restores.request": .of(StartRestoreRequest.self),
        "post-start-a-restore-v2-project-id-restores.response": .of(Restore.self),
        "put-update-summary-settings-settings-summaries.request": .of(SummarySettings.self),
    ]
}
