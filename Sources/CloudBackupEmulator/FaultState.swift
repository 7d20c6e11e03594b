import CloudBackupAPI

/// The faults waiting for `/v2` requests, the plan that draws random ones, and the requests
/// counted so far.
struct FaultState: Sendable {
    /// Faults for the next requests, whatever their operation.
    private var queued: [Fault] = []
    /// Faults queued for one operation each.
    private var queuedByOperation: [APIOperation: ArraySlice<Fault>] = [:]
    let plan: FaultPlan
    /// Draws the random faults; seeded so that a run can be repeated.
    private var random: SeededGenerator
    private var counts: [APIOperation: Int] = [:]
    private var total = 0

    init(plan: FaultPlan) {
        self.plan = plan
        random = SeededGenerator(seed: plan.seed)
    }

    /// Counts a `/v2` request (and its operation, when the path names one) and takes the next
    /// queued fault, if any: the operation's own first.
    mutating func receive(_ operation: APIOperation?) -> Fault? {
        total += 1
        if let operation {
            counts[operation, default: 0] += 1
            if let fault = queuedByOperation[operation]?.popFirst() { return fault }
        }
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    mutating func enqueue(_ faults: [Fault]) {
        queued += faults
    }

    mutating func enqueue(_ faults: [Fault], for operation: APIOperation) {
        queuedByOperation[operation, default: []] += faults
    }

    /// The requests counted for `operation`, or all of them.
    func requestCount(_ operation: APIOperation?) -> Int {
        operation.map { counts[$0, default: 0] } ?? total
    }

    /// The faults the plan injects into one request: its latency, then, when `random`, perhaps a
    /// drop, a failure or a lost answer. One draw decides among them, so that the shares add up as
    /// configured.
    mutating func drawPlanned(random drawsRandom: Bool) -> [Fault] {
        var faults: [Fault] = []
        if let latency = plan.latency { faults.append(.delay(latency)) }
        guard drawsRandom, plan.dropRate > 0 || plan.failRate > 0 || plan.dropAnswerRate > 0 else { return faults }
        let draw = Double.random(in: 0..<1, using: &random)
        if draw < plan.dropRate {
            faults.append(.dropConnection)
        } else if draw < plan.dropRate + plan.dropAnswerRate {
            faults.append(.dropAnswer)
        } else if draw < plan.dropRate + plan.dropAnswerRate + plan.failRate {
            let statuses = plan.failStatuses
            let status = statuses.count == 1 ? statuses[0] : statuses[Int.random(in: 0..<statuses.count, using: &random)]
            faults.append(.status(status, retryAfterSeconds: plan.retryAfterSeconds))
        }
        return faults
    }
}
