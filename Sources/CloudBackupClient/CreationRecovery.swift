/// How the client finds what a create request made when the answer to it was lost (the connection
/// broke, or no answer came in time, after the request was sent). Such a request is never sent again
/// blindly: what existed before it was sent is noted first (`CreationRecovery+…` make one per
/// operation), and after a lost answer the list is read again for what is new and matches it.
/// One match is the answer; none means the request was not taken, so it is sent again; more than one
/// cannot be told apart, and the error names what to check.
struct CreationRecovery<Item: Sendable>: Sendable {
    /// What the request makes, for messages: `backup of configuration c1`.
    let thing: String
    /// Where a person looks for it: `the backups of configuration c1 (GET /backups)`.
    let place: String
    /// The matching items made since this recovery was prepared; nil when the list no longer shows
    /// where "since" begins, so that nothing can be said.
    let find: @Sendable () async throws -> [Item]?
}

extension CloudBackupClient {
    /// Sends a create request with `attempt`; when its answer is lost, looks for what it made with
    /// `recovery` and carries on with that, sends it again when nothing was made, or fails naming
    /// what to check.
    func creating<Item: Sendable>(
        _ recovery: CreationRecovery<Item>, _ attempt: () async throws -> Item
    ) async throws -> Item {
        var sent = 1
        while true {
            let lost: APIError
            do {
                return try await attempt()
            } catch let error as APIError where error.kind == .transport {
                lost = error
            }
            let found: [Item]?
            do {
                found = try await recovery.find()
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                throw unsettled(lost, recovery, "looking for it failed: \(error)")
            }
            switch found {
            case let found? where found.count == 1:
                note(RecoveryNotice(operation: lost.operation, thing: recovery.thing, outcome: .found))
                return found[0]
            case let found? where found.isEmpty && sent < configuration.retryPolicy.maximumAttempts:
                sent += 1
                note(RecoveryNotice(operation: lost.operation, thing: recovery.thing, outcome: .notMade))
            case let found? where found.isEmpty:
                throw APIError(
                    kind: .transport, operation: lost.operation,
                    message: "\(lost.message), \(sent) times, and the service made no \(recovery.thing)")
            case let found?:
                let count = found.count
                throw unsettled(lost, recovery, "\(count) like it appeared since it was sent")
            case nil:
                throw unsettled(lost, recovery, "the list no longer shows what was there before")
            }
        }
    }

    /// The error after a lost answer when the service may have done what was asked.
    private func unsettled<Item>(_ lost: APIError, _ recovery: CreationRecovery<Item>, _ why: String) -> APIError {
        APIError(
            kind: .transport, operation: lost.operation,
            message: "\(lost.message); the service may have made a \(recovery.thing) (\(why)): "
                + "check \(recovery.place) before trying again",
            check: recovery.place)
    }

    private func note(_ notice: RecoveryNotice) {
        configuration.exchangeLog?.recovery(notice)
    }
}
