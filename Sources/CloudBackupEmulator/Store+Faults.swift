import CloudBackupAPI

/// Faults drawn from the configured plan.
extension Store {
    /// Counts a `/v2` request and gives the faults to inject into it, in order: the next queued one
    /// (the operation's own first), those `requested` in its header, then the plan's. A request given a
    /// fault explicitly gets that one alone, besides the plan's latency.
    func faults(receiving operation: APIOperation?, requested: [Fault]) -> [Fault] {
        var faults = receive(operation).map { [$0] } ?? []
        faults += requested
        faults += drawPlannedFaults(random: faults.isEmpty)
        return faults
    }

    /// The faults the plan injects into one request: its latency, then, when `random`, perhaps a
    /// drop, a failure or a lost answer.
    func drawPlannedFaults(random: Bool) -> [Fault] {
        faults.drawPlanned(random: random)
    }
}
