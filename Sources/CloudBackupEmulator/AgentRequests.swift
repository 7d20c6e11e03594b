import CloudBackupAPI
import Hummingbird

/// The browse and vault requests agents have been asked. Browse requests are many (a walk of a
/// large tree files thousands a minute), so the ones still unanswered are indexed, and answered
/// ones are forgotten in the order they were answered: no request costs a pass over all of them.
struct AgentRequests: Sendable {
    typealias Instant = ContinuousClock.Instant

    private(set) var browse: [String: BrowseRequestRecord] = [:]
    var vault: [String: VaultRequestRecord] = [:]
    /// Browse requests without an answer yet, picked up or not.
    private var unanswered: Set<String> = []
    /// Answered browse requests, oldest answer first, from `expiryStart` on.
    private var answered: [(id: String, at: Instant)] = []
    private var expiryStart = 0

    /// The browse requests still waiting for their answer.
    var unansweredBrowse: [BrowseRequestRecord] {
        unanswered.compactMap { browse[$0] }
    }

    mutating func addBrowse(_ record: BrowseRequestRecord) {
        browse[record.id] = record
        unanswered.insert(record.id)
    }

    mutating func pickUpBrowse(_ id: String, at instant: Instant) {
        browse[id]?.pickedUpAt = instant
    }

    mutating func answerBrowse(_ id: String, with result: BrowseResult, at instant: Instant) {
        guard browse[id] != nil, unanswered.remove(id) != nil else { return }
        browse[id]?.answer = .result(result)
        browse[id]?.answeredAt = instant
        answered.append((id, instant))
    }

    /// Keeps an answer's JSON in place of its result, once a GET encoded it.
    mutating func keepBrowseJSON(_ id: String, _ json: ByteBuffer) {
        guard case .result = browse[id]?.answer else { return }
        browse[id]?.answer = .json(json)
    }

    /// Forgets the requests of a deleted agent.
    mutating func removeAll(agentID: String) {
        for (id, record) in browse where record.agentID == agentID {
            browse[id] = nil
            unanswered.remove(id)
        }
        vault = vault.filter { $0.value.agentID != agentID }
    }

    /// Forgets the requests answered `lifetime` or longer before `now`; unanswered ones stay.
    mutating func removeExpired(at now: Instant, lifetime: Duration) {
        while expiryStart < answered.count, answered[expiryStart].at + lifetime <= now {
            browse[answered[expiryStart].id] = nil
            expiryStart += 1
        }
        if expiryStart > 1024, expiryStart * 2 > answered.count {
            answered.removeFirst(expiryStart)
            expiryStart = 0
        }
        if vault.values.contains(where: { $0.answeredAt.map { $0 + lifetime <= now } ?? false }) {
            vault = vault.filter { _, record in record.answeredAt.map { $0 + lifetime > now } ?? true }
        }
    }
}
