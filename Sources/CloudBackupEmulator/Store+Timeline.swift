import CloudBackupAPI

/// Moving the simulation to the present.
extension Store {
    /// Something an agent does at a known instant once it has picked up work.
    enum Happening {
        case browseAnswered(String)
        case uploadStarted(String)
        case uploadCompleted(String)
        case jobStep(String, Int)
        case vaultAnswered(String)

        var sortKey: String {
            switch self {
            case .browseAnswered(let id): "b" + id
            case .uploadStarted(let id): "s" + id
            case .uploadCompleted(let id): "u" + id
            case .jobStep(let id, let index): "j" + id + String(1000 + index)
            case .vaultAnswered(let id): "v" + id
            }
        }
    }

    /// Agents poll up to now and pick up what waits for them; answers and uploads that are due
    /// happen in time order; browse results past their lifetime vanish. Returns the present.
    @discardableResult
    func advance() -> Instant {
        let now = clock.now
        // Only agents with work waiting are polled: an idle agent's polls find nothing, and are
        // passed over in one step when work arrives for it (so a 1,000-agent project costs no more
        // per request than a small one).
        let waiting = agentsWithPendingWork()
        for (id, since) in waiting.sorted(by: { $0.key < $1.key }) {
            passIdlePolls(agentID: id, upTo: since - .nanoseconds(1))
            poll(agentID: id, upTo: now, hasWork: true)
        }
        let due = dueHappenings(upTo: now).sorted { ($0.at, $0.happening.sortKey) < ($1.at, $1.happening.sortKey) }
        for item in due { apply(item.happening, at: item.at) }
        requests.removeExpired(at: now, lifetime: timings.browseResultLifetime)
        return now
    }

    /// The agents with work not yet picked up, with when the oldest of it was created, found in one
    /// pass (a large project has many agents).
    private func agentsWithPendingWork() -> [String: Instant] {
        var oldest: [String: Instant] = [:]
        func note(_ agentID: String, _ created: Instant) {
            oldest[agentID] = min(oldest[agentID] ?? created, created)
        }
        for record in requests.unansweredBrowse where record.pickedUpAt == nil { note(record.agentID, record.createdAt) }
        for record in logFiles.active where record.pickedUpAt == nil { note(record.agentID, record.createdAt) }
        for job in jobs.unfinished
        where job.simulation.pickedUpAt == nil && !job.isFinished && !job.simulation.reportedByAgent {
            note(job.links.agentID, job.times.createdAt)
        }
        for record in requests.vault.values where record.pickedUpAt == nil { note(record.agentID, record.createdAt) }
        return oldest
    }

    /// Passes over the agent's polls up to `instant` as polls that found nothing, keeping their rhythm.
    func passIdlePolls(agentID: String, upTo instant: Instant) {
        while agents[agentID]?.schedule.takeDuePoll(upTo: instant, hasWork: false) != nil {}
    }

    /// Takes the agent's polls up to now. Without work, the idle polls pass in one step. A disabled
    /// agent (`updateAgent` `/enabled` false) keeps polling but takes no new work: its requests stay unanswered
    /// (results 404, log files `requested`, jobs `start_requested`) until it is enabled again.
    /// Work it had already picked up goes on.
    private func poll(agentID: String, upTo now: Instant, hasWork initiallyWaiting: Bool) {
        var hasWork = initiallyWaiting && agents[agentID]?.agent.enabled != false
        while let poll = agents[agentID]?.schedule.takeDuePoll(upTo: now, hasWork: hasWork) {
            guard hasWork else { return }
            pickUpWork(agentID: agentID, at: poll)
            hasWork = hasPendingWork(agentID: agentID)
        }
    }

    private func hasPendingWork(agentID: String) -> Bool {
        requests.unansweredBrowse.contains { $0.agentID == agentID && $0.pickedUpAt == nil }
            || logFiles.active.contains { $0.agentID == agentID && $0.pickedUpAt == nil }
            || jobs.unfinished.contains {
                $0.links.agentID == agentID && $0.simulation.pickedUpAt == nil && !$0.isFinished
                    && !$0.simulation.reportedByAgent
            }
            || requests.vault.values.contains { $0.agentID == agentID && $0.pickedUpAt == nil }
    }

    private func pickUpWork(agentID: String, at poll: Instant) {
        for record in requests.unansweredBrowse
        where record.agentID == agentID && record.pickedUpAt == nil && record.createdAt <= poll {
            requests.pickUpBrowse(record.id, at: poll)
        }
        for record in logFiles.active
        where record.agentID == agentID && record.pickedUpAt == nil && record.createdAt <= poll {
            logFiles[record.id]?.pickedUpAt = poll
        }
        for job in jobs.unfinished
        where job.links.agentID == agentID && job.simulation.pickedUpAt == nil && !job.isFinished
            && job.times.createdAt <= poll
        {
            jobs[job.id]?.simulation.pickedUpAt = poll
        }
        for (id, record) in requests.vault
        where record.agentID == agentID && record.pickedUpAt == nil && record.createdAt <= poll {
            requests.vault[id]?.pickedUpAt = poll
        }
    }

    private func dueHappenings(upTo now: Instant) -> [(at: Instant, happening: Happening)] {
        var due: [(at: Instant, happening: Happening)] = []
        for record in requests.unansweredBrowse {
            if let picked = record.pickedUpAt, picked + timings.browseAnswer <= now {
                due.append((picked + timings.browseAnswer, .browseAnswered(record.id)))
            }
        }
        for record in logFiles.active {
            guard let picked = record.pickedUpAt else { continue }
            if record.state == .requested { due.append((picked, .uploadStarted(record.id))) }
            if record.state != .completed, picked + timings.logUpload <= now {
                due.append((picked + timings.logUpload, .uploadCompleted(record.id)))
            }
        }
        due += dueJobSteps(upTo: now)
        for (id, record) in requests.vault where record.result == nil {
            if let picked = record.pickedUpAt, picked + timings.vaultAnswer <= now {
                due.append((picked + timings.vaultAnswer, .vaultAnswered(id)))
            }
        }
        return due
    }

    private func apply(_ happening: Happening, at instant: Instant) {
        switch happening {
        case .browseAnswered(let id): answerBrowseRequest(id, at: instant)
        case .uploadStarted(let id): setLogFileState(id, to: .started, at: instant)
        case .uploadCompleted(let id): setLogFileState(id, to: .completed, at: instant)
        case .jobStep(let id, let index): applyJobStep(id, index: index, at: instant)
        case .vaultAnswered(let id): answerVaultRequest(id, at: instant)
        }
    }
}
