import CloudBackupAPI
import CloudBackupClient

/// One model the service sends or receives, with the check the fuzzer runs on it.
struct ModelCheck: Sendable {
    let check: @Sendable ([UInt8]) -> Void

    init<Model: Codable & Sendable>(_: Model.Type) {
        let type = String(describing: Model.self)
        check = { body in
            guard let model = try? JSONCoding.decode(Model.self, from: body, operation: "fuzz") else { return }
            // Compared as encoded: the encoder sorts keys, which a decoded JSONValue keeps in document order.
            let encoded: [UInt8], again: [UInt8]
            do {
                encoded = try JSONCoding.encode(model)
                again = try JSONCoding.encode(JSONCoding.decode(Model.self, from: encoded, operation: "fuzz"))
            } catch {
                fatalError("\(type) decoded from \(String(decoding: body, as: UTF8.self)) does not read back: \(error)")
            }
            precondition(
                again == encoded,
                "\(type) written as \(String(decoding: encoded, as: UTF8.self)) reads back as \(String(decoding: again, as: UTF8.self))")
        }
    }
}

/// Every model of `CloudBackupAPI`, in a fixed order: the seed corpus names them by index.
enum ModelCatalog {
    static let all: [ModelCheck] = [
        ModelCheck(Activity.self), ModelCheck(ActivityList.self), ModelCheck(Agent.self), ModelCheck(AgentList.self),
        ModelCheck(RSAPublicKey.self), ModelCheck(NumberOrString.self), ModelCheck(AgentConfiguration.self),
        ModelCheck(AgentHost.self), ModelCheck(AgentVault.self), ModelCheck(AgentLifecycleEvent.self),
        ModelCheck(AgentRegistration.self), ModelCheck(AgentStatus.self), ModelCheck(AgentTokenRequest.self),
        ModelCheck(AgentTokenResponse.self), ModelCheck(AgentToken.self), ModelCheck(Backup.self),
        ModelCheck(BackupList.self), ModelCheck(StartBackupRequest.self), ModelCheck(StartState.self),
        ModelCheck(BackupBrowseRequestBody.self), ModelCheck(BrowseRequestBody.self), ModelCheck(BrowseResult.self),
        ModelCheck(BrowseItem.self), ModelCheck(Cleanup.self), ModelCheck(CleanupList.self),
        ModelCheck(StartCleanupRequest.self), ModelCheck(Configuration.self), ModelCheck(ConfigurationSummary.self),
        ModelCheck(ConfigurationList.self), ModelCheck(Schedule.self), ModelCheck(Retention.self),
        ModelCheck(BackupNotification.self), ModelCheck(ConfigurationBackups.self), ModelCheck(ScheduledRun.self),
        ModelCheck(ConfigurationRequest.self), ModelCheck(ErrorBody.self), ModelCheck(ErrorSummary.self),
        ModelCheck(ErrorReport.self), ModelCheck(ErrorException.self), ModelCheck(Event.self),
        ModelCheck(EventAgent.self), ModelCheck(EventVault.self), ModelCheck(EventList.self),
        ModelCheck(AgentActivation.self), ModelCheck(Health.self), ModelCheck(DependentSystemHealth.self),
        ModelCheck(AuthRequest.self), ModelCheck(AccessResponse.self), ModelCheck(CatalogEntry.self),
        ModelCheck(JSONValue.self), ModelCheck(Link.self), ModelCheck(ResourceRef.self), ModelCheck(LogFile.self),
        ModelCheck(LogFileList.self), ModelCheck(PatchOperation.self), ModelCheck(PasswordVerificationRequest.self),
        ModelCheck(PasswordVerificationReport.self), ModelCheck(PasswordVerificationResult.self),
        ModelCheck(PathRule.self), ModelCheck(Restore.self), ModelCheck(RestoreList.self),
        ModelCheck(StartRestoreRequest.self), ModelCheck(SummarySettings.self), ModelCheck(SystemPreferences.self),
        ModelCheck(VaultMove.self), ModelCheck(VaultEncryptionRequest.self), ModelCheck(VaultEncryptionReport.self),
        ModelCheck(VaultEncryptionResult.self), ModelCheck(Secret.self),
    ]
}
