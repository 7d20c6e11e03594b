import CloudBackupAPI

/// Moving the simulation to the present.
extension Store {
    /// Something an agent does at a known instant once it has picked up work.
    enum Happening {
        case browseAnswered(String)
        case uploadStarted(String)
        case uploadCompleted(String)

        var sortKey: String {
            switch self {
            case .browseAnswered(let id): "b" + id
            case .uploadStarted(let id): "s" + id
            case .uploadCompleted(let id): "u" + id
            }
        }
    }

    /// Agents poll up to now and pick up what waits for them; answers and uploads that are due
    /// happen in time order; browse results past their lifetime vanish. Returns the present.
    @discardableResult
    func advance() -> Instant {
        let now = clock.now
        for id in agentOrder { poll(agentID: id, upTo: now) }
        let due = dueHappenings(upTo: now).sorted { ($0.at, $0.happening.sortKey) < ($1.at, $1.happening.sortKey) }
        for item in due { apply(item.happening, at: item.at) }
        browseRequests = browseRequests.filter { _, record in
            guard let answeredAt = record.answeredAt else { return true }
            return answeredAt + timings.browseResultLifetime > now
        }
        return now
    }

    private func poll(agentID: String, upTo now: Instant) {
        while true {
            let hasWork = hasPendingWork(agentID: agentID)
            guard let poll = agents[agentID]?.schedule.takeDuePoll(upTo: now, hasWork: hasWork) else { return }
            if hasWork { pickUpWork(agentID: agentID, at: poll) }
        }
    }

    private func hasPendingWork(agentID: String) -> Bool {
        browseRequests.values.contains { $0.agentID == agentID && $0.pickedUpAt == nil }
            || logFiles.values.contains { $0.agentID == agentID && $0.pickedUpAt == nil }
    }

    private func pickUpWork(agentID: String, at poll: Instant) {
        for (id, record) in browseRequests
        where record.agentID == agentID && record.pickedUpAt == nil && record.createdAt <= poll {
            browseRequests[id]?.pickedUpAt = poll
        }
        for (id, record) in logFiles
        where record.agentID == agentID && record.pickedUpAt == nil && record.createdAt <= poll {
            logFiles[id]?.pickedUpAt = poll
        }
    }

    private func dueHappenings(upTo now: Instant) -> [(at: Instant, happening: Happening)] {
        var due: [(at: Instant, happening: Happening)] = []
        for (id, record) in browseRequests where record.result == nil {
            if let picked = record.pickedUpAt, picked + timings.browseAnswer <= now {
                due.append((picked + timings.browseAnswer, .browseAnswered(id)))
            }
        }
        for (id, record) in logFiles where !record.reportedByAgent {
            guard let picked = record.pickedUpAt else { continue }
            if record.state == .requested { due.append((picked, .uploadStarted(id))) }
            if record.state != .completed, picked + timings.logUpload <= now {
                due.append((picked + timings.logUpload, .uploadCompleted(id)))
            }
        }
        return due
    }

    private func apply(_ happening: Happening, at instant: Instant) {
        switch happening {
        case .browseAnswered(let id): answerBrowseRequest(id, at: instant)
        case .uploadStarted(let id): setLogFileState(id, to: .started, at: instant)
        case .uploadCompleted(let id): setLogFileState(id, to: .completed, at: instant)
        }
    }
}
