import CloudBackupAPI

/// The calls the shell makes to Cloud Backup, as a protocol: `CloudBackupClient` talks to the
/// service over HTTP, and tests may stand in a fake that records what was asked.
public protocol CloudBackupService: Sendable {
    // Agents
    func listAgents() async throws -> [Agent]
    func agent(id: String) async throws -> Agent
    func updateAgent(id: String, _ operations: [PatchOperation]) async throws
    func deleteAgent(id: String) async throws
    func agentStatus(agentID: String) async throws -> AgentStatus
    func agentSettings(agentID: String) async throws -> AgentConfiguration
    func activateAgents(mode: AgentActivation.Mode) async throws

    // Browsing an agent's files and a backup's
    func requestBrowse(agentID: String, path: RemoteName) async throws -> String
    func browseResult(agentID: String, requestID: String) async throws -> BrowseResult?
    func requestBackupBrowse(backupID: String, agentID: String, path: RemoteName, encryptedPasswordHex: String?) async throws -> String
    func backupBrowseResult(backupID: String, requestID: String) async throws -> BrowseResult?

    // Log files
    func listLogFiles(agentID: String) async throws -> [LogFile]
    func logFile(agentID: String, id: String) async throws -> LogFile
    func requestLogFile(agentID: String) async throws -> LogFile
    func deleteLogFile(agentID: String, id: String) async throws
    func downloadLog(_ logFile: LogFile) async throws -> [UInt8]

    // Configurations
    func listConfigurations(restorable: Bool?) async throws -> [ConfigurationSummary]
    func agentConfigurations(agentID: String) async throws -> [ConfigurationSummary]
    func createConfiguration(_ request: ConfigurationRequest) async throws -> Configuration
    func configuration(id: String) async throws -> Configuration
    func updateConfiguration(id: String, _ operations: [PatchOperation]) async throws
    func deleteConfiguration(id: String) async throws

    // Backups, restores and cleanups
    func backups(restorable: Bool?, configurationID: String?, options: ListOptions) -> Paginated<Backup>
    func startBackup(configurationID: String, state: StartState, agentID: String?) async throws -> Backup
    func backup(id: String) async throws -> Backup
    func stopBackup(id: String) async throws
    func backupErrors(id: String) async throws -> ErrorReport
    func restores(options: ListOptions) -> Paginated<RestoreSummary>
    func startRestore(_ request: StartRestoreRequest) async throws -> Restore
    func restore(id: String) async throws -> Restore
    func stopRestore(id: String) async throws
    func restoreErrors(id: String) async throws -> ErrorReport
    func cleanups(options: ListOptions) -> Paginated<Cleanup>
    func startCleanup(agentID: String, state: StartState, asAgent: String?) async throws -> Cleanup
    func cleanup(id: String) async throws -> Cleanup
    func stopCleanup(id: String) async throws
    func cleanupErrors(id: String) async throws -> ErrorReport

    // Activities and events
    func activities(options: ListOptions) -> Paginated<Activity>
    func agentActivities(agentID: String, options: ListOptions) -> Paginated<Activity>
    func configurationActivities(configurationID: String, options: ListOptions) -> Paginated<Activity>
    func projectEvents(options: ListOptions) -> Paginated<Event>
    func agentEvents(agentID: String, options: ListOptions) -> Paginated<Event>
    func backupEvents(backupID: String, options: ListOptions) -> Paginated<Event>
    func restoreEvents(restoreID: String, options: ListOptions) -> Paginated<Event>
    func cleanupEvents(cleanupID: String, options: ListOptions) -> Paginated<Event>
    func configurationEvents(configurationID: String, options: ListOptions) -> Paginated<Event>

    // The vault
    func requestVaultEncryption(agentID: String, _ request: VaultEncryptionRequest) async throws -> String
    func vaultEncryptionResult(agentID: String, requestID: String) async throws -> VaultEncryptionResult?
    func requestPasswordVerification(agentID: String, _ request: PasswordVerificationRequest) async throws -> String
    func passwordVerificationResult(agentID: String, requestID: String) async throws -> PasswordVerificationResult?
    func moveVault(to agentID: String, from sourceAgentID: String) async throws

    // The service
    func health() async throws -> Health
    func dependentSystemHealth(_ system: String) async throws -> DependentSystemHealth
    func ping() async throws
    func summarySettings() async throws -> SummarySettings
    func updateSummarySettings(_ settings: SummarySettings) async throws

    /// Any operation, by its path arguments, with the service's answer as it came.
    func send(
        _ operation: APIOperation, _ arguments: PathArguments, query: [(String, String)], body: [UInt8]?, accepting: Set<Int>
    ) async throws -> ServiceResponse
}

extension CloudBackupClient: CloudBackupService {}

/// The calls with their usual arguments.
extension CloudBackupService {
    public func listConfigurations() async throws -> [ConfigurationSummary] { try await listConfigurations(restorable: nil) }
    public func backups() -> Paginated<Backup> { backups(restorable: nil, configurationID: nil, options: .init()) }
    public func startBackup(configurationID: String) async throws -> Backup {
        try await startBackup(configurationID: configurationID, state: .startRequested, agentID: nil)
    }
    public func restores() -> Paginated<RestoreSummary> { restores(options: .init()) }
    public func cleanups() -> Paginated<Cleanup> { cleanups(options: .init()) }
    public func startCleanup(agentID: String) async throws -> Cleanup {
        try await startCleanup(agentID: agentID, state: .startRequested, asAgent: nil)
    }
    public func requestBackupBrowse(backupID: String, agentID: String, path: RemoteName) async throws -> String {
        try await requestBackupBrowse(backupID: backupID, agentID: agentID, path: path, encryptedPasswordHex: nil)
    }
    public func activities() -> Paginated<Activity> { activities(options: .init()) }
    public func agentActivities(agentID: String) -> Paginated<Activity> { agentActivities(agentID: agentID, options: .init()) }
    public func configurationActivities(configurationID: String) -> Paginated<Activity> {
        configurationActivities(configurationID: configurationID, options: .init())
    }
    public func projectEvents() -> Paginated<Event> { projectEvents(options: .init()) }
    public func agentEvents(agentID: String) -> Paginated<Event> { agentEvents(agentID: agentID, options: .init()) }
    public func backupEvents(backupID: String) -> Paginated<Event> { backupEvents(backupID: backupID, options: .init()) }
    public func restoreEvents(restoreID: String) -> Paginated<Event> { restoreEvents(restoreID: restoreID, options: .init()) }
    public func cleanupEvents(cleanupID: String) -> Paginated<Event> { cleanupEvents(cleanupID: cleanupID, options: .init()) }
    public func configurationEvents(configurationID: String) -> Paginated<Event> {
        configurationEvents(configurationID: configurationID, options: .init())
    }
    public func send(
        _ operation: APIOperation, _ arguments: PathArguments = [:], query: [(String, String)] = [], body: [UInt8]? = nil
    ) async throws -> ServiceResponse {
        try await send(operation, arguments, query: query, body: body, accepting: [])
    }
}
