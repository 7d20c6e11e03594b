import CloudBackupAPI

/// The POSTs that only ask a question of an agent: sent twice, the agent answers twice and nothing
/// changes, so one whose answer was lost is sent again like a GET. The POSTs that start work or
/// create something are not here: their answer is looked for instead (`CreationRecovery`).
enum RepeatableOperations {
    static let operations: Set<APIOperation> = [
        .createAgentBrowseRequest, .createBackupBrowseRequest, .createPasswordVerificationRequest,
    ]

    static func contains(_ operation: APIOperation) -> Bool {
        operations.contains(operation)
    }
}
