/// Faults drawn from the configured plan.
extension Store {
    /// The faults the plan injects into one request: its latency, then, when `random`, perhaps a
    /// drop, a failure or a lost answer.
    func drawPlannedFaults(random: Bool) -> [Fault] {
        faults.drawPlanned(random: random)
    }
}
