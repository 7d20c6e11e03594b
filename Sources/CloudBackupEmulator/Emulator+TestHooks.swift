import CloudBackupAPI

extension Emulator {
    /// Queues faults; each incoming `/v2` request consumes the next one, in order.
    public func enqueueFaults(_ faults: [Fault]) async {
        await store.enqueue(faults)
    }

    /// Invalidates every issued token: later requests with them get 401.
    public func revokeAllTokens() async {
        await store.revokeAllTokens()
    }

    /// The `/v2` requests received so far, all of them or those for one operation; requests
    /// answered with an error or a fault count too.
    public func requestCount(_ operation: APIOperation? = nil) async -> Int {
        await store.requestCount(operation)
    }

    /// The token requests received by Identity so far, granted or not.
    public func identityRequestCount() async -> Int {
        await store.identityRequestCount()
    }

    /// The names of the events the service recorded, oldest first (`host_browse`,
    /// `logfile_completed`, ...).
    public func recordedEventNames() async -> [String] {
        await store.recordedEventNames()
    }
}
