/// The browse and vault requests agents answer, by request ID, kept until their results expire.
struct AgentRequests: Sendable {
    typealias Instant = ContinuousClock.Instant

    var browse: [String: BrowseRequestRecord] = [:]
    var vault: [String: VaultRequestRecord] = [:]

    /// Forgets the requests of a deleted agent.
    mutating func removeAll(agentID: String) {
        browse = browse.filter { $0.value.agentID != agentID }
        vault = vault.filter { $0.value.agentID != agentID }
    }

    /// Forgets the requests answered `lifetime` or longer before `now`; unanswered ones stay.
    mutating func removeExpired(at now: Instant, lifetime: Duration) {
        browse = browse.filter { _, record in
            guard let answeredAt = record.answeredAt else { return true }
            return answeredAt + lifetime > now
        }
        vault = vault.filter { _, record in
            guard let answeredAt = record.answeredAt else { return true }
            return answeredAt + lifetime > now
        }
    }
}
