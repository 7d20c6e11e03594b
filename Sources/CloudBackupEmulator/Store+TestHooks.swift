import CloudBackupAPI

/// Request counting and injected faults.
extension Store {
    /// Counts a `/v2` request (and its operation, when the path names one) and takes the next
    /// queued fault, if any: the operation's own first.
    func receive(_ operation: APIOperation?) -> Fault? {
        totalRequests += 1
        if let operation {
            requestCounts[operation, default: 0] += 1
            if let fault = operationFaults[operation]?.popFirst() { return fault }
        }
        return faults.isEmpty ? nil : faults.removeFirst()
    }

    func enqueue(_ newFaults: [Fault]) {
        faults += newFaults
    }

    func enqueue(_ newFaults: [Fault], for operation: APIOperation) {
        operationFaults[operation, default: []] += newFaults
    }

    func requestCount(_ operation: APIOperation?) -> Int {
        operation.map { requestCounts[$0, default: 0] } ?? totalRequests
    }

    func identityRequestCount() -> Int {
        identityRequests
    }
}
