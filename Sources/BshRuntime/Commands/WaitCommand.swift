import BshValues
import CloudBackupAPI
import CloudBackupClient

/// `wait`: waiting for the last asynchronous request to be answered.
enum WaitCommand {
    static let usage = "wait [TIMEOUT]"

    static let specs: [CommandSpec] = [
        CommandSpec(
            "wait", group: .waiting, summary: "wait for the last request: browse, log, backup, restore, cleanup or vault",
            usage: usage, example: "browse /etc; wait 30s"
        ) { shell, arguments in
            let timeout = try arguments.duration()
            try arguments.finish(usage: usage)
            try await shell.waitForPending(timeout: timeout ?? shell.options.defaultWaitTimeout)
        }
    ]
}

extension Shell {
    func waitForPending(timeout: Duration, schedule: PollSchedule = .init()) async throws {
        guard let pending else {
            throw ShellError.usage("nothing to wait for", hint: "start a request first, e.g. 'browse /etc' or 'logs request'")
        }
        let client = try await client()
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + timeout
        var interval: Duration?
        var progress = WaitProgress(host: host, enabled: host.showsProgress && !options.json, subject: pending.description)
        defer { progress.clear() }
        while true {
            progress.clear()
            if try await answer(pending, client: client) {
                self.pending = nil
                return
            }
            let now = clock.now
            guard now < deadline else {
                progress.clear()
                throw ShellError.failure(
                    "timed out after \(DurationText.approximate(now - start)) waiting for \(pending.description)",
                    hint: "the agent may be offline or busy; 'wait' again to keep waiting, or 'wait 5m' to wait longer")
            }
            interval = schedule.interval(after: interval, elapsed: now - start)
            let wake = min(now + interval!, deadline)
            while clock.now < wake {
                progress.update(elapsed: clock.now - start)
                try await Task.sleep(until: progress.enabled ? min(wake, clock.now + WaitProgress.refresh) : wake, clock: clock)
            }
        }
    }

    /// Checks once; prints the answer and returns true when it has come.
    private func answer(_ pending: PendingRequest, client: CloudBackupClient) async throws -> Bool {
        switch pending {
        case .browse(let agent, let requestID, let path):
            guard let result = try await client.browseResult(agentID: agent.id, requestID: requestID) else { return false }
            guard result.succeeded else {
                throw ShellError.failure(
                    "\(agent.name) could not list \(path.escaped)", hint: "check that the path exists and is a directory")
            }
            browseCache.store(result, agentID: agent.id)
            output.browse(result)
            return true
        case .logFile(let agent, let id):
            let logFile = try await client.logFile(agentID: agent.id, id: id)
            guard logFile.state == LogFile.State.completed.rawValue else { return false }
            output.one(logFile, output.logFiles)
            output.note("\(agent.name): log file ready; 'logs get \(id.prefix(8))' prints it")
            return true
        case .job(let kind, let id):
            return try await answerJob(kind, id: id, client: client)
        case .backupBrowse(let backupID, let requestID, let path):
            return try await answerBackupBrowse(backupID: backupID, requestID: requestID, path: path, client: client)
        case .vaultEncryption, .passwordVerification:
            return try await answerVault(pending, client: client)
        }
    }
}
