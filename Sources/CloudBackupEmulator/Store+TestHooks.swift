import CloudBackupAPI

/// Request counting and injected faults.
extension Store {
    /// Counts a `/v2` request (and its operation, when the path names one) and takes the next
    /// queued fault, if any: the operation's own first.
    func receive(_ operation: APIOperation?) -> Fault? {
        faults.receive(operation)
    }

    func enqueue(_ newFaults: [Fault]) {
        faults.enqueue(newFaults)
    }

    func enqueue(_ newFaults: [Fault], for operation: APIOperation) {
        faults.enqueue(newFaults, for: operation)
    }

    func requestCount(_ operation: APIOperation?) -> Int {
        faults.requestCount(operation)
    }

    func identityRequestCount() -> Int {
        tokens.requestCount
    }
}
