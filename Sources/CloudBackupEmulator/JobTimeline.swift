/// What a simulated agent does with a job once it picked it up: the states it reports, at which
/// offsets, and the events they record. A stop request cuts the plan short with `stopped`.
enum JobTimeline {
    typealias Instant = ContinuousClock.Instant

    struct Step: Sendable {
        enum Action: Sendable {
            case state(String)
            case progress(Double)
            case finish
            case stopped
        }

        var at: Instant
        var action: Action
        /// The event recorded, when the documentation names one for this step (it has none for
        /// some states, such as `restore_queued`).
        var event: String?
    }

    /// The whole plan of a picked-up job; nil before pickup.
    static func plan(for job: JobRecord, timings: SimulatedTimings) -> [Step]? {
        guard let start = job.simulation.pickedUpAt else { return nil }
        let step = timings.jobStep
        let kind = job.kind.rawValue
        var steps: [Step]
        switch job.kind {
        case .backup, .restore:
            let run = job.kind == .backup ? timings.backupRun : timings.restoreRun
            let running = start + step * 2
            steps = [
                Step(at: start, action: .state("queued"), event: job.kind == .backup ? "backup_queued" : nil),
                Step(
                    at: start + step, action: .state("preparing"), event: job.kind == .backup ? "backup_preparing" : nil
                ),
                Step(at: running, action: .state("in_progress"), event: kind + "_in_progress"),
            ]
            steps += progressFractions(for: job.id).enumerated().map { index, fraction in
                let at = running + run * (Double(index + 1) / Double(progressSteps + 1))
                return Step(at: at, action: .progress(fraction), event: kind + "_progress")
            }
            steps.append(Step(at: running + run, action: .finish, event: nil))
        case .cleanup:
            steps = [
                Step(at: start, action: .state("queued"), event: "cleanup_queued"),
                Step(at: start + step, action: .state("in_progress"), event: "cleanup_in_progress"),
                Step(at: start + step + timings.cleanupRun, action: .finish, event: nil),
            ]
        }
        guard let stop = job.simulation.stopRequestedAt else { return steps }
        let kept = steps.filter { $0.at <= stop && !isFinish($0) }
        return kept + [Step(at: max(stop, start) + step, action: .stopped, event: kind + "_stopped")]
    }

    /// How many progress reports a backup or restore makes while in progress.
    static let progressSteps = 8

    /// The share of the work done at each progress report: always growing, by uneven amounts (a
    /// rate that varies as small and large files pass), the same for the same job every time.
    static func progressFractions(for id: String) -> [Double] {
        var generator = SeededGenerator(seed: StableHash.fnv1a("progress:" + id))
        let weights = (0...progressSteps).map { _ in 0.4 + Double(generator.next() % 1_000) / 1_000 }
        let total = weights.reduce(0, +)
        var done = 0.0
        return weights.prefix(progressSteps).map { weight in
            done += weight
            return done / total
        }
    }

    private static func isFinish(_ step: Step) -> Bool {
        if case .finish = step.action { return true }
        return false
    }
}
