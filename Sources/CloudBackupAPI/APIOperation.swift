import HTTPTypes

/// Every documented Cloud Backup v2 operation: its method, its path below the endpoint (the catalog's
/// `publicURL`, which already ends in `/v2/{project_id}`), and its success status. Generated from the
/// operation index of the API reference; the client, the emulator and the `api` command all build on
/// this table, and find an operation by its method and path with `match`.
public struct APIOperation: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let method: HTTPRequest.Method
    /// The path template below the endpoint, e.g. `/agents/{agent_id}`.
    public let template: PathTemplate
    public let summary: String
    public let successStatus: Int

    init(name: String, method: HTTPRequest.Method, template: String, summary: String, successStatus: Int) {
        self.name = name
        self.method = method
        self.template = PathTemplate(template)
        self.summary = summary
        self.successStatus = successStatus
    }

    /// `METHOD /template`, e.g. `GET /agents/{agent_id}`.
    public var description: String { "\(method) \(template)" }

    /// The path with each parameter replaced by its percent-encoded value, e.g.
    /// `getLogFile.path([.agentID: "a1", .logFileID: "f 2"])` is `/agents/a1/logfiles/f%202`. The
    /// arguments must name exactly the template's parameters (see `PathTemplate.fill`).
    public func path(_ arguments: PathArguments = [:]) -> String {
        template.fill(arguments)
    }

    /// `METHOD path`, for messages, e.g. `GET /agents/a1`.
    public func label(_ arguments: PathArguments = [:]) -> String {
        "\(method) \(path(arguments))"
    }
}

extension APIOperation {
    /// Retrieve activities for a project.
    public static let listProjectActivities = APIOperation(name: "listProjectActivities", method: .get, template: "/activities", summary: "Retrieve activities for a project", successStatus: 200)
    /// Retrieve agents for a project.
    public static let listAgents = APIOperation(name: "listAgents", method: .get, template: "/agents", summary: "Retrieve agents for a project", successStatus: 200)
    /// Register an agent.
    public static let registerAgent = APIOperation(name: "registerAgent", method: .post, template: "/agents", summary: "Register an agent", successStatus: 201)
    /// Authenticate an agent.
    public static let authenticateAgent = APIOperation(name: "authenticateAgent", method: .post, template: "/agents/tokens", summary: "Authenticate an agent", successStatus: 200)
    /// Delete an agent.
    public static let deleteAgent = APIOperation(name: "deleteAgent", method: .delete, template: "/agents/{agent_id}", summary: "Delete an agent", successStatus: 204)
    /// Retrieve details about an agent.
    public static let getAgent = APIOperation(name: "getAgent", method: .get, template: "/agents/{agent_id}", summary: "Retrieve details about an agent", successStatus: 200)
    /// Update an agent.
    public static let updateAgent = APIOperation(name: "updateAgent", method: .patch, template: "/agents/{agent_id}", summary: "Update an agent", successStatus: 204)
    /// Retrieve activities for an agent.
    public static let listAgentActivities = APIOperation(name: "listAgentActivities", method: .get, template: "/agents/{agent_id}/activities", summary: "Retrieve activities for an agent", successStatus: 200)
    /// Request to browse an agent's files.
    public static let createAgentBrowseRequest = APIOperation(name: "createAgentBrowseRequest", method: .post, template: "/agents/{agent_id}/browse-requests", summary: "Request to browse an agent's files", successStatus: 202)
    /// Retrieve the results of a browse request for an agent.
    public static let getAgentBrowseRequest = APIOperation(name: "getAgentBrowseRequest", method: .get, template: "/agents/{agent_id}/browse-requests/{request_id}", summary: "Retrieve the results of a browse request for an agent", successStatus: 200)
    /// Retrieve configuration settings for an agent.
    public static let getAgentConfiguration = APIOperation(name: "getAgentConfiguration", method: .get, template: "/agents/{agent_id}/configuration", summary: "Retrieve configuration settings for an agent", successStatus: 200)
    /// Retrieve configurations for an agent.
    public static let listAgentConfigurations = APIOperation(name: "listAgentConfigurations", method: .get, template: "/agents/{agent_id}/configurations", summary: "Retrieve configurations for an agent", successStatus: 200)
    /// Retrieve events for an agent.
    public static let listAgentEvents = APIOperation(name: "listAgentEvents", method: .get, template: "/agents/{agent_id}/events", summary: "Retrieve events for an agent", successStatus: 200)
    /// Post events for an agent.
    public static let postAgentEvent = APIOperation(name: "postAgentEvent", method: .post, template: "/agents/{agent_id}/events", summary: "Post events for an agent", successStatus: 202)
    /// Retrieve the log files for an agent.
    public static let listLogFiles = APIOperation(name: "listLogFiles", method: .get, template: "/agents/{agent_id}/logfiles", summary: "Retrieve the log files for an agent", successStatus: 200)
    /// Request download of the log file for an agent.
    public static let requestLogFile = APIOperation(name: "requestLogFile", method: .post, template: "/agents/{agent_id}/logfiles", summary: "Request download of the log file for an agent", successStatus: 202)
    /// Delete a log file.
    public static let deleteLogFile = APIOperation(name: "deleteLogFile", method: .delete, template: "/agents/{agent_id}/logfiles/{logfile_id}", summary: "Delete a log file", successStatus: 204)
    /// Retrieve details for the log files for an agent.
    public static let getLogFile = APIOperation(name: "getLogFile", method: .get, template: "/agents/{agent_id}/logfiles/{logfile_id}", summary: "Retrieve details for the log files for an agent", successStatus: 200)
    /// Update a log file.
    public static let updateLogFile = APIOperation(name: "updateLogFile", method: .patch, template: "/agents/{agent_id}/logfiles/{logfile_id}", summary: "Update a log file", successStatus: 204)
    /// Retrieve an agent's status.
    public static let getAgentStatus = APIOperation(name: "getAgentStatus", method: .get, template: "/agents/{agent_id}/status", summary: "Retrieve an agent's status", successStatus: 200)
    /// Move a vault from one agent to another agent.
    public static let moveVault = APIOperation(name: "moveVault", method: .post, template: "/agents/{agent_id}/vault", summary: "Move a vault from one agent to another agent", successStatus: 204)
    /// Enable or change encryption for an agent's vault.
    public static let createVaultEncryptionRequest = APIOperation(name: "createVaultEncryptionRequest", method: .post, template: "/agents/{agent_id}/vault-encryption-requests", summary: "Enable or change encryption for an agent's vault", successStatus: 202)
    /// Retrieve the results of a vault encryption request.
    public static let getVaultEncryptionRequest = APIOperation(name: "getVaultEncryptionRequest", method: .get, template: "/agents/{agent_id}/vault-encryption-requests/{request_id}", summary: "Retrieve the results of a vault encryption request", successStatus: 200)
    /// Report the results of a vault encryption request.
    public static let reportVaultEncryptionRequest = APIOperation(name: "reportVaultEncryptionRequest", method: .post, template: "/agents/{agent_id}/vault-encryption-requests/{request_id}", summary: "Report the results of a vault encryption request", successStatus: 204)
    /// Request to verify the password for an agent's vault.
    public static let createPasswordVerificationRequest = APIOperation(name: "createPasswordVerificationRequest", method: .post, template: "/agents/{agent_id}/vault-password-verification-requests", summary: "Request to verify the password for an agent's vault", successStatus: 202)
    /// Retrieve the results for a vault password verification request.
    public static let getPasswordVerificationRequest = APIOperation(name: "getPasswordVerificationRequest", method: .get, template: "/agents/{agent_id}/vault-password-verification-requests/{request_id}", summary: "Retrieve the results for a vault password verification request", successStatus: 200)
    /// Report the results of a vault password verification request.
    public static let reportPasswordVerificationRequest = APIOperation(name: "reportPasswordVerificationRequest", method: .post, template: "/agents/{agent_id}/vault-password-verification-requests/{request_id}", summary: "Report the results of a vault password verification request", successStatus: 204)
    /// Retrieve the backups for a project.
    public static let listBackups = APIOperation(name: "listBackups", method: .get, template: "/backups", summary: "Retrieve the backups for a project", successStatus: 200)
    /// Start a backup.
    public static let startBackup = APIOperation(name: "startBackup", method: .post, template: "/backups", summary: "Start a backup", successStatus: 201)
    /// Retrieve details about a backup.
    public static let getBackup = APIOperation(name: "getBackup", method: .get, template: "/backups/{backup_id}", summary: "Retrieve details about a backup", successStatus: 200)
    /// Update a backup.
    public static let updateBackup = APIOperation(name: "updateBackup", method: .patch, template: "/backups/{backup_id}", summary: "Update a backup", successStatus: 204)
    /// Request to browse a backup's files.
    public static let createBackupBrowseRequest = APIOperation(name: "createBackupBrowseRequest", method: .post, template: "/backups/{backup_id}/browse-requests", summary: "Request to browse a backup's files", successStatus: 202)
    /// Retrieve the results of a request to browse a backup.
    public static let getBackupBrowseRequest = APIOperation(name: "getBackupBrowseRequest", method: .get, template: "/backups/{backup_id}/browse-requests/{request_id}", summary: "Retrieve the results of a request to browse a backup", successStatus: 200)
    /// Retrieve the errors for a backup.
    public static let listBackupErrors = APIOperation(name: "listBackupErrors", method: .get, template: "/backups/{backup_id}/errors", summary: "Retrieve the errors for a backup", successStatus: 200)
    /// Retrieve the events for a backup.
    public static let listBackupEvents = APIOperation(name: "listBackupEvents", method: .get, template: "/backups/{backup_id}/events", summary: "Retrieve the events for a backup", successStatus: 200)
    /// Retrieve the cleanups for a project.
    public static let listCleanups = APIOperation(name: "listCleanups", method: .get, template: "/cleanups", summary: "Retrieve the cleanups for a project", successStatus: 200)
    /// Start a cleanup.
    public static let startCleanup = APIOperation(name: "startCleanup", method: .post, template: "/cleanups", summary: "Start a cleanup", successStatus: 201)
    /// Retrieve the details about a cleanup.
    public static let getCleanup = APIOperation(name: "getCleanup", method: .get, template: "/cleanups/{cleanup_id}", summary: "Retrieve the details about a cleanup", successStatus: 200)
    /// Update a cleanup.
    public static let updateCleanup = APIOperation(name: "updateCleanup", method: .patch, template: "/cleanups/{cleanup_id}", summary: "Update a cleanup", successStatus: 204)
    /// Retrieve the errors for a cleanup.
    public static let listCleanupErrors = APIOperation(name: "listCleanupErrors", method: .get, template: "/cleanups/{cleanup_id}/errors", summary: "Retrieve the errors for a cleanup", successStatus: 200)
    /// Retrieve the events for a cleanup.
    public static let listCleanupEvents = APIOperation(name: "listCleanupEvents", method: .get, template: "/cleanups/{cleanup_id}/events", summary: "Retrieve the events for a cleanup", successStatus: 200)
    /// Retrieve the configurations for a project.
    public static let listConfigurations = APIOperation(name: "listConfigurations", method: .get, template: "/configurations", summary: "Retrieve the configurations for a project", successStatus: 200)
    /// Create a configuration.
    public static let createConfiguration = APIOperation(name: "createConfiguration", method: .post, template: "/configurations", summary: "Create a configuration", successStatus: 201)
    /// Delete a configuration.
    public static let deleteConfiguration = APIOperation(name: "deleteConfiguration", method: .delete, template: "/configurations/{configuration_id}", summary: "Delete a configuration", successStatus: 204)
    /// Retrieves the details for a configuration.
    public static let getConfiguration = APIOperation(name: "getConfiguration", method: .get, template: "/configurations/{configuration_id}", summary: "Retrieves the details for a configuration", successStatus: 200)
    /// Update a configuration.
    public static let updateConfiguration = APIOperation(name: "updateConfiguration", method: .patch, template: "/configurations/{configuration_id}", summary: "Update a configuration", successStatus: 204)
    /// Retrieve the activities for a configuration.
    public static let listConfigurationActivities = APIOperation(name: "listConfigurationActivities", method: .get, template: "/configurations/{configuration_id}/activities", summary: "Retrieve the activities for a configuration", successStatus: 200)
    /// Retrieve the events for a configuration.
    public static let listConfigurationEvents = APIOperation(name: "listConfigurationEvents", method: .get, template: "/configurations/{configuration_id}/events", summary: "Retrieve the events for a configuration", successStatus: 200)
    /// Retrieve project events.
    public static let listProjectEvents = APIOperation(name: "listProjectEvents", method: .get, template: "/events", summary: "Retrieve project events", successStatus: 200)
    /// Post project events.
    public static let postProjectEvent = APIOperation(name: "postProjectEvent", method: .post, template: "/events", summary: "Post project events", successStatus: 202)
    /// Perform a health check.
    public static let getHealth = APIOperation(name: "getHealth", method: .get, template: "/health", summary: "Perform a health check", successStatus: 200)
    /// Retrieve health details.
    public static let getDependentSystemHealth = APIOperation(name: "getDependentSystemHealth", method: .get, template: "/health/{dependent_system}", summary: "Retrieve health details", successStatus: 200)
    /// Ping the Cloud Backup service.
    public static let ping = APIOperation(name: "ping", method: .get, template: "/ping", summary: "Ping the Cloud Backup service", successStatus: 204)
    /// Retrieve the restores for a project.
    public static let listRestores = APIOperation(name: "listRestores", method: .get, template: "/restores", summary: "Retrieve the restores for a project", successStatus: 200)
    /// Start a restore.
    public static let startRestore = APIOperation(name: "startRestore", method: .post, template: "/restores", summary: "Start a restore", successStatus: 201)
    /// Retrieve the details about a restore.
    public static let getRestore = APIOperation(name: "getRestore", method: .get, template: "/restores/{restore_id}", summary: "Retrieve the details about a restore", successStatus: 200)
    /// Update a restore.
    public static let updateRestore = APIOperation(name: "updateRestore", method: .patch, template: "/restores/{restore_id}", summary: "Update a restore", successStatus: 204)
    /// Retrieve the errors for a restore.
    public static let listRestoreErrors = APIOperation(name: "listRestoreErrors", method: .get, template: "/restores/{restore_id}/errors", summary: "Retrieve the errors for a restore", successStatus: 200)
    /// Retrieve the events for a restore.
    public static let listRestoreEvents = APIOperation(name: "listRestoreEvents", method: .get, template: "/restores/{restore_id}/events", summary: "Retrieve the events for a restore", successStatus: 200)
    /// Retrieve summary settings.
    public static let getSummarySettings = APIOperation(name: "getSummarySettings", method: .get, template: "/settings/summaries", summary: "Retrieve summary settings", successStatus: 200)
    /// Update summary settings.
    public static let updateSummarySettings = APIOperation(name: "updateSummarySettings", method: .put, template: "/settings/summaries", summary: "Update summary settings", successStatus: 204)

    /// All 61 operations, in the order of the reference index.
    public static let all: [APIOperation] = [
        .listProjectActivities, .listAgents, .registerAgent, .authenticateAgent,
        .deleteAgent, .getAgent, .updateAgent, .listAgentActivities,
        .createAgentBrowseRequest, .getAgentBrowseRequest, .getAgentConfiguration, .listAgentConfigurations,
        .listAgentEvents, .postAgentEvent, .listLogFiles, .requestLogFile,
        .deleteLogFile, .getLogFile, .updateLogFile, .getAgentStatus,
        .moveVault, .createVaultEncryptionRequest, .getVaultEncryptionRequest, .reportVaultEncryptionRequest,
        .createPasswordVerificationRequest, .getPasswordVerificationRequest, .reportPasswordVerificationRequest, .listBackups,
        .startBackup, .getBackup, .updateBackup, .createBackupBrowseRequest,
        .getBackupBrowseRequest, .listBackupErrors, .listBackupEvents, .listCleanups,
        .startCleanup, .getCleanup, .updateCleanup, .listCleanupErrors,
        .listCleanupEvents, .listConfigurations, .createConfiguration, .deleteConfiguration,
        .getConfiguration, .updateConfiguration, .listConfigurationActivities, .listConfigurationEvents,
        .listProjectEvents, .postProjectEvent, .getHealth, .getDependentSystemHealth,
        .ping, .listRestores, .startRestore, .getRestore,
        .updateRestore, .listRestoreErrors, .listRestoreEvents, .getSummarySettings,
        .updateSummarySettings,
    ]
}
