import CloudBackupAPI
import CloudBackupClient
import Foundation

/// Answers every operation the way its documentation page shows: the documented status, body and
/// `Location` (on the docs' host, singular nouns and all).
enum DocumentedAnswers {
    static let agentID = "8f135b4f-7a69-4b8a-947f-5e80d772fd97"

    static func answer(_ request: TransportRequest) -> TransportResponse {
        guard let operation = FakeService.operation(of: request) else { return .json(404, Array(#"{"message": "no such path"}"#.utf8)) }
        if let example = examples[operation.name] {
            let body = FakeService.example(example)
            // A marker asks for what came after the last item seen: nothing, in this fixed world.
            let paged = request.relative.contains("marker=")
            return .json(operation.successStatus, paged ? emptyPage(body) : body, headers: location(operation))
        }
        return .empty(operation.successStatus, headers: location(operation))
    }

    /// The same list document with every list emptied and no links.
    static func emptyPage(_ body: [UInt8]) -> [UInt8] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else { return body }
        let emptied = object.filter { $0.key != "links" }.mapValues { $0 is [Any] ? [Any]() : $0 }
        return Array((try? JSONSerialization.data(withJSONObject: emptied)) ?? Data(body))
    }

    private static func location(_ operation: APIOperation) -> [(name: String, value: String)] {
        guard let tail = locations[operation.name] else { return [] }
        return [("Location", FakeService.docsHost + "/v2/" + tail)]
    }

    /// The `Location` the documentation gives each operation that answers with one, after `/v2/`.
    static let locations: [String: String] = [
        "registerAgent": "agents/8f135b4f-7a69-4b8a-947f-5e80d772fd97",
        "createConfiguration": "configurations/7c8ee069-568f-4d5a-932f-fb2af86b5fd5",
        "startBackup": "backups/0d95d699-d16b-11e4-93bd-c8e0eb190e3d",
        "startRestore": "restores/e87e6f7d-d166-11e4-8689-c8e0eb190e3d",
        "startCleanup": "cleanups/2f8708b3-d16b-11e4-bc22-c8e0eb190e3d",
        "requestLogFile": "agents/\(agentID)/logfiles/a533a845-4279-4838-af13-276114e90234",
        "createAgentBrowseRequest": "agents/\(agentID)/browse-request/16ce47f7-88b2-4983-8b1c-d4a82306ae87",
        "createBackupBrowseRequest": "agents/\(agentID)/browse-request/16ce47f7-88b2-4983-8b1c-d4a82306ae87",
        "createVaultEncryptionRequest": "agents/\(agentID)/vault-encryption-request/9072bb51-d5fd-4fc5-ad80-d62e573236b6",
        "createPasswordVerificationRequest":
            "agents/\(agentID)/vault-password-verification-request/f353f472-4931-463a-9920-1dcad25f88e7",
    ]

    /// The documented response body of each operation that has one.
    static let examples: [String: String] = [
        "listProjectActivities": "get-list-activities-for-a-project-v2-project-id-activities.response",
        "listAgentActivities": "get-list-activities-for-an-agent-v2-project-id-agents-agent-id-activities.response",
        "listConfigurationActivities":
            "get-list-activities-for-a-configuration-v2-project-id-configurations-configuration-id-activities.response",
        "listAgents": "get-list-agents-for-a-project-v2-project-id-agents.response",
        "registerAgent": "post-register-an-agent-v2-project-id-agents.response",
        "authenticateAgent": "post-authenticate-an-agent-v2-project-id-agents-tokens.response",
        "getAgent": "get-list-details-about-an-agent-v2-project-id-agents-agent-id.response",
        "getAgentBrowseRequest":
            "get-view-results-of-a-browse-request-for-an-agent-v2-project-id-agents-agent-id-browse-requests-request-id.response",
        "getAgentConfiguration": "get-list-configuration-settings-for-an-agent-v2-project-id-agents-agent-id-configuration.response",
        "listAgentConfigurations": "get-list-configurations-for-an-agent-v2-project-id-agents-agent-id-configurations.response",
        "listAgentEvents": "get-list-events-for-an-agent-v2-project-id-agents-agent-id-events.response",
        "listLogFiles": "get-list-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles.response",
        "requestLogFile": "post-request-download-of-the-log-file-for-an-agent-v2-project-id-agents-agent-id-logfiles.response",
        "getLogFile": "get-list-details-for-the-log-files-for-an-agent-v2-project-id-agents-agent-id-logfiles-logfile-id.response",
        "getAgentStatus": "get-an-agents-status-v2-project-id-agents-agent-id-status.response",
        "getVaultEncryptionRequest":
            "get-lists-results-of-a-vault-encryption-request-v2-project-id-agents-agent-id-vault-encryption-requests-request-id.response",
        "getPasswordVerificationRequest":
            "get-list-results-for-a-vault-password-verification-request-v2-project-id-agents-agent-id-vault-password-verification-requests-request-id.response",
        "listBackups": "get-list-the-backups-for-a-project-v2-project-id-backups.response",
        "startBackup": "post-start-a-backup-v2-project-id-backups.response",
        "getBackup": "get-list-details-about-a-backup-v2-project-id-backups-backup-id.response",
        "getBackupBrowseRequest":
            "get-view-results-of-a-browse-request-for-a-backup-v2-project-id-backups-backup-id-browse-requests-request-id.response",
        "listBackupErrors": "get-list-errors-for-a-backup-v2-project-id-backups-backup-id-errors.response",
        "listBackupEvents": "get-list-events-for-a-backup-v2-project-id-backups-backup-id-events.response",
        "listCleanups": "get-list-the-cleanups-for-a-project-v2-project-id-cleanups.response",
        "startCleanup": "post-start-a-cleanup-v2-project-id-cleanups.response",
        "getCleanup": "get-list-details-about-a-cleanup-v2-project-id-cleanups-cleanup-id.response",
        "listCleanupErrors": "get-list-errors-for-a-cleanup-v2-project-id-cleanups-cleanup-id-errors.response",
        "listCleanupEvents": "get-list-events-for-a-cleanup-v2-project-id-cleanups-cleanup-id-events.response",
        "listConfigurations": "get-list-the-configurations-for-a-project-v2-project-id-configurations.response",
        "createConfiguration": "post-create-a-configuration-v2-project-id-configurations.response",
        "getConfiguration": "get-list-details-about-a-configuration-v2-project-id-configurations-configuration-id.response",
        "listConfigurationEvents": "get-list-events-for-a-configuration-v2-project-id-configurations-configuration-id-events.response",
        "listProjectEvents": "get-retrieve-project-events-v2-project-id-events.response",
        "getHealth": "get-perform-health-check-v2-project-id-health.response",
        "getDependentSystemHealth": "get-health-details-v2-project-id-health-dependent-system.response",
        "listRestores": "get-list-the-restores-for-a-project-v2-project-id-restores.response",
        "startRestore": "post-start-a-restore-v2-project-id-restores.response",
        "getRestore": "get-list-details-about-a-restore-v2-project-id-restores-restore-id.response",
        "listRestoreErrors": "get-list-errors-for-a-restore-v2-project-id-restores-restore-id-errors.response",
        "listRestoreEvents": "get-list-events-for-a-restore-v2-project-id-restores-restore-id-events.response",
        "getSummarySettings": "get-summary-settings-settings-summaries.response",
    ]
}
