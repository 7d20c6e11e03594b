/// Faults drawn from the configured plan.
extension Store {
    /// The faults the plan injects into one request: its latency, then perhaps a drop or a failure.
    func drawPlannedFaults() -> [Fault] {
        faults.drawPlanned()
    }
}
