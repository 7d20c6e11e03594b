import CloudBackupAPI
import Foundation

extension Emulator {
    /// Queues faults; each incoming `/v2` request consumes the next one, in order.
    public func enqueueFaults(_ faults: [Fault]) async {
        await store.enqueue(faults)
    }

    /// Queues faults for one operation; each request for it consumes the next one, before any
    /// fault queued for all requests.
    public func enqueueFaults(_ faults: [Fault], for operation: APIOperation) async {
        await store.enqueue(faults, for: operation)
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

    /// What the emulator did with the requests for `operation`: received, performed (a 2xx from its
    /// handler), and performed with the answer dropped. The proof that an operation was performed
    /// once, and not twice, whatever the faults.
    public func operationCounts(_ operation: APIOperation) async -> OperationCounts {
        await store.operationCounts(operation)
    }

    /// `operationCounts` of every operation asked for so far, by operation name.
    public func allOperationCounts() async -> [String: OperationCounts] {
        await store.allOperationCounts()
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

extension Emulator {
    /// What an agent sends to log in (`authenticateAgent`): the password `registerAgent` returned (seeded agents have
    /// one derived from their ID) and the host fingerprint it registered with. Nil for an unknown agent.
    public func agentCredentials(_ agentID: String) async -> (password: String, fingerprint: String)? {
        await store.credentials(agentID: agentID)
    }
}

extension Store {
    func credentials(agentID: String) -> (password: String, fingerprint: String)? {
        agents[agentID].map { ($0.password, $0.fingerprint) }
    }
}

extension Emulator {
    /// Takes a dependent system (`cassandra`, `pecan` or `rse`) offline or back online; while
    /// one is offline, `getHealth` and its `getDependentSystemHealth` answer 503.
    public func setDependentSystem(_ name: String, online: Bool) async {
        await store.setDependentSystem(name, online: online)
    }
}

extension Emulator {
    /// Starts the backups that schedules have due up to `date`, as the passing of time would: a
    /// test cannot wait for a schedule's hour to come.
    public func runSchedules(until date: Date) async {
        await store.runSchedules(until: date)
    }
}
