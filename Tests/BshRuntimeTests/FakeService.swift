import CloudBackupAPI
import CloudBackupClient

/// A call the fake was not given an answer for.
struct NotFaked: Error, CustomStringConvertible {
    let name: String
    var description: String { "the fake service has no answer for \(name)" }
}

/// A service for command tests: every call fails unless the conforming fake answers it.
protocol FakeService: CloudBackupService {}

extension FakeService {
    func listAgents() async throws -> [Agent] { throw NotFaked(name: "listAgents") }
    func agent(id: String) async throws -> Agent { throw NotFaked(name: "agent") }
    func updateAgent(id: String, _ operations: [PatchOperation]) async throws { throw NotFaked(name: "updateAgent") }
    func deleteAgent(id: String) async throws { throw NotFaked(name: "deleteAgent") }
    func agentStatus(agentID: String) async throws -> AgentStatus { throw NotFaked(name: "agentStatus") }
    func agentSettings(agentID: String) async throws -> AgentConfiguration { throw NotFaked(name: "agentSettings") }
    func activateAgents(mode: AgentActivation.Mode) async throws { throw NotFaked(name: "activateAgents") }
    func requestBrowse(agentID: String, path: RemoteName) async throws -> String { throw NotFaked(name: "requestBrowse") }
    func browseResult(agentID: String, requestID: String) async throws -> BrowseResult? { throw NotFaked(name: "browseResult") }
    func requestBackupBrowse(backupID: String, agentID: String, path: RemoteName, encryptedPasswordHex: String?) async throws -> String { throw NotFaked(name: "requestBackupBrowse") }
    func backupBrowseResult(backupID: String, requestID: String) async throws -> BrowseResult? { throw NotFaked(name: "backupBrowseResult") }
    func listLogFiles(agentID: String) async throws -> [LogFile] { throw NotFaked(name: "listLogFiles") }
    func logFile(agentID: String, id: String) async throws -> LogFile { throw NotFaked(name: "logFile") }
    func requestLogFile(agentID: String) async throws -> LogFile { throw NotFaked(name: "requestLogFile") }
    func deleteLogFile(agentID: String, id: String) async throws { throw NotFaked(name: "deleteLogFile") }
    func downloadLog(_ logFile: LogFile) async throws -> [UInt8] { throw NotFaked(name: "downloadLog") }
    func listConfigurations(restorable: Bool?) async throws -> [ConfigurationSummary] { throw NotFaked(name: "listConfigurations") }
    func agentConfigurations(agentID: String) async throws -> [ConfigurationSummary] { throw NotFaked(name: "agentConfigurations") }
    func createConfiguration(_ request: ConfigurationRequest) async throws -> Configuration { throw NotFaked(name: "createConfiguration") }
    func configuration(id: String) async throws -> Configuration { throw NotFaked(name: "configuration") }
    func updateConfiguration(id: String, _ operations: [PatchOperation]) async throws { throw NotFaked(name: "updateConfiguration") }
    func deleteConfiguration(id: String) async throws { throw NotFaked(name: "deleteConfiguration") }
    func backups(restorable: Bool?, configurationID: String?, options: ListOptions) -> Paginated<Backup> { Paginated(query: []) { _ in throw NotFaked(name: "backups") } }
    func startBackup(configurationID: String, state: StartState, agentID: String?) async throws -> Backup { throw NotFaked(name: "startBackup") }
    func backup(id: String) async throws -> Backup { throw NotFaked(name: "backup") }
    func stopBackup(id: String) async throws { throw NotFaked(name: "stopBackup") }
    func backupErrors(id: String) async throws -> ErrorReport { throw NotFaked(name: "backupErrors") }
    func restores(options: ListOptions) -> Paginated<RestoreSummary> { Paginated(query: []) { _ in throw NotFaked(name: "restores") } }
    func startRestore(_ request: StartRestoreRequest) async throws -> Restore { throw NotFaked(name: "startRestore") }
    func restore(id: String) async throws -> Restore { throw NotFaked(name: "restore") }
    func stopRestore(id: String) async throws { throw NotFaked(name: "stopRestore") }
    func restoreErrors(id: String) async throws -> ErrorReport { throw NotFaked(name: "restoreErrors") }
    func cleanups(options: ListOptions) -> Paginated<Cleanup> { Paginated(query: []) { _ in throw NotFaked(name: "cleanups") } }
    func startCleanup(agentID: String, state: StartState, asAgent: String?) async throws -> Cleanup { throw NotFaked(name: "startCleanup") }
    func cleanup(id: String) async throws -> Cleanup { throw NotFaked(name: "cleanup") }
    func stopCleanup(id: String) async throws { throw NotFaked(name: "stopCleanup") }
    func cleanupErrors(id: String) async throws -> ErrorReport { throw NotFaked(name: "cleanupErrors") }
    func activities(options: ListOptions) -> Paginated<Activity> { Paginated(query: []) { _ in throw NotFaked(name: "activities") } }
    func agentActivities(agentID: String, options: ListOptions) -> Paginated<Activity> { Paginated(query: []) { _ in throw NotFaked(name: "agentActivities") } }
    func configurationActivities(configurationID: String, options: ListOptions) -> Paginated<Activity> { Paginated(query: []) { _ in throw NotFaked(name: "configurationActivities") } }
    func projectEvents(options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "projectEvents") } }
    func agentEvents(agentID: String, options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "agentEvents") } }
    func backupEvents(backupID: String, options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "backupEvents") } }
    func restoreEvents(restoreID: String, options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "restoreEvents") } }
    func cleanupEvents(cleanupID: String, options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "cleanupEvents") } }
    func configurationEvents(configurationID: String, options: ListOptions) -> Paginated<Event> { Paginated(query: []) { _ in throw NotFaked(name: "configurationEvents") } }
    func requestVaultEncryption(agentID: String, _ request: VaultEncryptionRequest) async throws -> String { throw NotFaked(name: "requestVaultEncryption") }
    func vaultEncryptionResult(agentID: String, requestID: String) async throws -> VaultEncryptionResult? { throw NotFaked(name: "vaultEncryptionResult") }
    func requestPasswordVerification(agentID: String, _ request: PasswordVerificationRequest) async throws -> String { throw NotFaked(name: "requestPasswordVerification") }
    func passwordVerificationResult(agentID: String, requestID: String) async throws -> PasswordVerificationResult? { throw NotFaked(name: "passwordVerificationResult") }
    func moveVault(to agentID: String, from sourceAgentID: String) async throws { throw NotFaked(name: "moveVault") }
    func health() async throws -> Health { throw NotFaked(name: "health") }
    func dependentSystemHealth(_ system: String) async throws -> DependentSystemHealth { throw NotFaked(name: "dependentSystemHealth") }
    func ping() async throws { throw NotFaked(name: "ping") }
    func summarySettings() async throws -> SummarySettings { throw NotFaked(name: "summarySettings") }
    func updateSummarySettings(_ settings: SummarySettings) async throws { throw NotFaked(name: "updateSummarySettings") }
    func send( _ operation: APIOperation, _ arguments: PathArguments, query: [(String, String)], body: [UInt8]?, accepting: Set<Int> ) async throws -> ServiceResponse { throw NotFaked(name: "send") }
}
