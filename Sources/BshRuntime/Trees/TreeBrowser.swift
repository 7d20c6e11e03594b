import BshValues
import CloudBackupAPI
import CloudBackupClient

/// Lists directories of a tree by asking its agent (a browse request, then polls until the answer
/// is there). Holds no state of the session: walks run many of these at once, outside the shell.
struct TreeBrowser: Sendable {
    /// How many directories are browsed at once: agents answer one request after another anyway,
    /// and more would only queue at the service.
    static let parallelRequests = 16
    /// How far past the directory a walk waits for it browses others, keeping their listings until
    /// their turn: a slow answer holds back at most this many.
    static let lookahead = 4 * parallelRequests

    let client: any CloudBackupService
    let tree: FileTree
    /// How long one directory's answer is waited for.
    let timeout: Duration
    var schedule = PollSchedule()
    /// How soon the walk's answers came so far, which sets the first poll.
    var answerTimes: AnswerTimes? = nil

    /// The agent's answer for `path`: its items, or `succeeded == false` when the path is missing or
    /// not a directory. Polls through transient failures until the deadline.
    func listing(_ path: RemoteName) async throws -> BrowseResult {
        let requestID = try await request(path)
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        var interval: Duration?
        if let answerTimes { try await Task.sleep(until: min(start + answerTimes.firstPoll, deadline), clock: clock) }
        while true {
            var failure: APIError?
            do {
                if let result = try await RequestDeadline.with(deadline, { try await result(requestID) }) {
                    answerTimes?.answered(after: clock.now - start)
                    return result
                }
            } catch let error as APIError where error.isTransient {
                failure = error
            }
            guard clock.now < deadline else {
                throw ShellError.failure(
                    "timed out waiting for \(tree.agent.name) to list \(path.escaped)",
                    hint: "the agent may be offline or busy; try again once it answers 'agent status'")
            }
            let next = schedule.interval(after: interval, elapsed: clock.now - start)
            interval = next
            let pause = failure.map { max(next, schedule.interval(afterFailure: $0.retryAfter)) } ?? next
            try await Task.sleep(until: min(clock.now + pause, deadline), clock: clock)
        }
    }

    private func request(_ path: RemoteName) async throws -> String {
        switch tree {
        case .live(let agent): try await client.requestBrowse(agentID: agent.id, path: path)
        case .backup(let backup): try await client.requestBackupBrowse(backupID: backup.id, agentID: backup.agent.id, path: path)
        }
    }

    private func result(_ requestID: String) async throws -> BrowseResult? {
        switch tree {
        case .live(let agent): try await client.browseResult(agentID: agent.id, requestID: requestID)
        case .backup(let backup): try await client.backupBrowseResult(backupID: backup.id, requestID: requestID)
        }
    }
}
