import CloudBackupAPI

/// The request log: what became of each `/v2` request.
extension Store {
    func log(_ entry: RequestLogEntry) {
        requestLog.record(entry)
    }

    func operationCounts(_ operation: APIOperation) -> OperationCounts {
        requestLog.counts(operation)
    }

    func allOperationCounts() -> [String: OperationCounts] {
        requestLog.allCounts
    }

    func closeRequestLog() {
        requestLog.file?.close()
    }
}
