import CloudBackupAPI

/// What happens when a simulated agent takes a step of a job's timeline.
extension Store {
    /// Steps of picked-up jobs that are due by `now`, for `advance()` to apply in time order.
    func dueJobSteps(upTo now: Instant) -> [(at: Instant, happening: Happening)] {
        var due: [(at: Instant, happening: Happening)] = []
        for job in jobs.unfinished where !job.simulation.reportedByAgent {
            guard let plan = JobTimeline.plan(for: job, timings: timings) else { continue }
            for index in plan.indices where index >= job.simulation.stepsApplied && plan[index].at <= now {
                due.append((plan[index].at, .jobStep(job.id, index)))
            }
        }
        return due
    }

    func applyJobStep(_ id: String, index: Int, at instant: Instant) {
        guard var job = jobs[id], job.simulation.stepsApplied == index, !job.isFinished,
            let plan = JobTimeline.plan(for: job, timings: timings), index < plan.count
        else { return }
        let step = plan[index]
        job.simulation.stepsApplied = index + 1
        job.times.lastUpdated = instant
        var extra: [(String, JSONValue)] = []
        switch step.action {
        case .state(let state):
            job.state = state
            if job.times.startedTime == nil { job.times.startedTime = timestamp(instant) }
        case .progress(let fraction):
            progress(&job, fraction: fraction)
            let total = job.simulation.plannedBytes
            let done = Int(Double(total) * fraction)
            extra = [
                ("bytes_completed", .int(done)), ("bytes_remaining", .int(total - done)), ("total_bytes", .int(total)),
            ]
        case .finish:
            finish(&job, at: instant)
        case .stopped:
            job.state = "stopped"
            job.times.endedTime = timestamp(instant)
        }
        jobs[id] = job
        let event = step.event ?? (job.state == "completed" ? job.kind.rawValue + "_completed" : nil)
        if let event {
            recordEvent(
                event, at: instant, agentID: job.links.agentID, fields: jobEventFields(job) + extra,
                subjects: subjects(of: job))
        }
    }

    func timestamp(_ instant: Instant) -> String {
        Timestamp.microseconds(clock.date(at: instant))
    }

    func progress(_ job: inout JobRecord, fraction: Double) {
        switch job.kind {
        case .backup:
            job.results.counters["files_searched"] = job.simulation.plannedFiles
            job.results.counters["bytes_searched"] = job.simulation.plannedBytes
            job.results.counters["files_backed_up"] = Int(Double(job.simulation.plannedFiles) * fraction)
            job.results.counters["bytes_backed_up"] = Int(Double(job.simulation.plannedBytes) * fraction)
            job.results.counters["bytes_in_db"] = Int(Double(job.simulation.plannedBytes) * fraction) / 8
        case .restore:
            if job.simulation.plannedBytes == 0 { planRestore(&job) }
            job.results.counters["files_restored"] = Int(Double(job.simulation.plannedFiles) * fraction)
            job.results.counters["bytes_restored"] = Int(Double(job.simulation.plannedBytes) * fraction)
        case .cleanup:
            break
        }
    }
}
