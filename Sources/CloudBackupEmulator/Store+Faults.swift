/// Faults drawn from the configured plan.
extension Store {
    /// The faults the plan injects into one request: its latency, then perhaps a drop or a failure.
    func drawPlannedFaults() -> [Fault] {
        var faults: [Fault] = []
        if let latency = faultPlan.latency { faults.append(.delay(latency)) }
        if faultPlan.dropRate > 0, Double.random(in: 0..<1, using: &random) < faultPlan.dropRate {
            faults.append(.dropConnection)
        } else if faultPlan.failRate > 0, Double.random(in: 0..<1, using: &random) < faultPlan.failRate {
            faults.append(.status(faultPlan.failStatus, retryAfterSeconds: faultPlan.retryAfterSeconds))
        }
        return faults
    }
}
