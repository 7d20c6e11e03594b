/// How far the simulated agent got with a job, and the totals its run works towards.
struct JobSimulation: Sendable {
    typealias Instant = ContinuousClock.Instant

    var pickedUpAt: Instant?
    var stopRequestedAt: Instant?
    /// How many steps of the simulated timeline have happened.
    var stepsApplied = 0
    /// Once the agent reports through PATCH itself, the simulation leaves the job alone.
    var reportedByAgent = false
    /// The files and bytes the run works towards.
    var plannedFiles = 0
    var plannedBytes = 0
}
