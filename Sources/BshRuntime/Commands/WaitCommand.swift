import BshValues
import CloudBackupAPI
import CloudBackupClient

/// `wait`: waiting for the last asynchronous request to be answered.
enum WaitCommand: CommandFamily {
    static let usage = "wait [TIMEOUT]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "wait", group: .waiting, summary: "wait for the last request: browse, log, backup, restore, cleanup or vault",
            usage: usage, example: "browse /etc; wait 30s"
        ) { shell, arguments in
            let timeout = try arguments.duration()
            try arguments.finish(usage: usage)
            guard let pending = shell.workspace.pending else {
                throw ShellError.usage("nothing to wait for", hint: "start a request first, e.g. 'browse /etc' or 'logs request'")
            }
            do {
                let answer = try await shell.wait(for: pending, timeout: timeout ?? shell.options.defaultWaitTimeout)
                shell.workspace.pending = nil
                return answer
            } catch let ended as FailureWithResult {
                // The request was answered, with a failure: there is nothing more to wait for.
                shell.workspace.pending = nil
                throw ended
            }
        }
    ]
}

extension Shell {
    /// Polls until `pending` is answered or `timeout` has passed, and returns the answer. A poll that
    /// fails with a transient error (the service busy or unreachable for a moment) is tried again later,
    /// up to the deadline, which also bounds each request's retries; any other error ends the wait at once.
    func wait(for pending: PendingRequest, timeout: Duration, schedule: PollSchedule = .init()) async throws -> CommandResult {
        let client = try await client()
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        var interval: Duration?
        var lastFailure: APIError?
        var progress = WaitProgress(host: host, enabled: host.showsProgress && options.format == .table, subject: pending.description)
        defer { progress.clear() }
        while true {
            progress.clear()
            do {
                if let answer = try await RequestDeadline.with(deadline, { try await answer(pending, client: client) }) {
                    return answer
                }
                lastFailure = nil
            } catch let error as APIError where error.isTransient {
                lastFailure = error
            }
            let now = clock.now
            guard now < deadline else {
                progress.clear()
                throw Self.timedOut(after: now - start, waitingFor: pending, lastFailure: lastFailure)
            }
            interval = schedule.interval(after: interval, elapsed: now - start)
            let pause = lastFailure.map { max(interval!, schedule.interval(afterFailure: $0.retryAfter)) } ?? interval!
            let wake = min(now + pause, deadline)
            while clock.now < wake {
                progress.update(elapsed: clock.now - start)
                try await Task.sleep(until: progress.enabled ? min(wake, clock.now + WaitProgress.refresh) : wake, clock: clock)
            }
        }
    }

    private static func timedOut(after elapsed: Duration, waitingFor pending: PendingRequest, lastFailure: APIError?) -> ShellError {
        let waited = "timed out after \(DurationText.approximate(elapsed)) waiting for \(pending.description)"
        guard let lastFailure else {
            return ShellError.failure(
                waited, hint: "the agent may be offline or busy; 'wait' again to keep waiting, or 'wait 5m' to wait longer")
        }
        return ShellError.failure(
            "\(waited); the last request failed: \(lastFailure)",
            hint: "the service did not answer as it should; 'wait' again to keep waiting once it is back")
    }

    /// Checks once; the answer when it has come, else nil.
    private func answer(_ pending: PendingRequest, client: any CloudBackupService) async throws -> CommandResult? {
        switch pending {
        case .browse(let agent, let requestID, let path):
            guard let result = try await client.browseResult(agentID: agent.id, requestID: requestID) else { return nil }
            guard result.succeeded else {
                throw ShellError.failure(
                    "\(agent.name) could not list \(path.escaped)", hint: "check that the path exists and is a directory")
            }
            workspace.browseCache.store(result, agentID: agent.id)
            return .document(result, Renderer.browse)
        case .logFile(let agent, let id):
            let logFile = try await client.logFile(agentID: agent.id, id: id)
            guard logFile.state == LogFile.State.completed.rawValue else { return nil }
            return CommandResult.one(logFile, Renderer.logFiles).noting("\(agent.name): log file ready; 'logs get \(id.prefix(8))' prints it")
        case .job(let kind, let id):
            return try await answerJob(kind, id: id, client: client)
        case .backupBrowse(let backupID, let requestID, let path):
            return try await answerBackupBrowse(backupID: backupID, requestID: requestID, path: path, client: client)
        case .vaultEncryption, .passwordVerification:
            return try await answerVault(pending, client: client)
        }
    }
}
