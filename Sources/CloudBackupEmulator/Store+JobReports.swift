import CloudBackupAPI

/// `updateBackup`, `updateRestore`, `updateCleanup`: an agent reports progress and results, or someone asks for a stop.
extension Store {
    /// The states `/state` may be set to, by kind.
    static func patchableStates(_ kind: JobRecord.Kind) -> Set<String> {
        let common: Set<String> = [
            "queued", "in_progress", "completed", "completed_with_errors", "failed", "stopped", "stop_requested",
        ]
        switch kind {
        case .backup: return common.union(["preparing", "skipped"])
        case .restore: return common.union(["preparing"])
        case .cleanup: return common
        }
    }

    /// The paths besides `/state` that an agent reports, by kind, in the underscore spellings of
    /// the documentation's examples (one of its tables spells some with hyphens).
    static func reportPaths(_ kind: JobRecord.Kind) -> Set<String> {
        var paths: Set<String> = ["/started_time", "/ended_time", "/errors"]
        switch kind {
        case .backup:
            paths.formUnion([
                "/snapshot_id", "/files_searched", "/files_backed_up", "/bytes_searched", "/bytes_backed_up",
                "/bytes_in_db", "/bandwidth_avg_bps",
            ])
        case .restore: paths.formUnion(["/files_restored", "/bytes_restored"])
        case .cleanup: paths.formUnion(["/snapshot_ids", "/bytes_before", "/bytes_after"])
        }
        return paths
    }

    func patchJob(_ kind: JobRecord.Kind, id: String, operations: [PatchEntry]) throws {
        let now = advance()
        guard var job = jobs[id], job.kind == kind else { throw ServiceError.notFound(Self.notFoundMessage(kind)) }
        guard !job.isFinished else {
            let list = kind.finishedStates.map { "'\($0)'" }.joined(separator: ", ")
            throw ServiceError(
                .conflict, "Modifying a \(kind.rawValue) that is already in a state of [\(list)] is not allowed.")
        }
        var newState: String?
        for operation in operations {
            try apply(operation, to: &job, newState: &newState)
        }
        if newState == "stop_requested" {
            jobs[id] = job
            requestStop(id, at: now)
            return
        }
        // Once the agent reports anything itself, the simulation leaves the job to it.
        job.simulation.reportedByAgent = true
        job.times.lastUpdated = now
        if let newState {
            job.state = newState
            if job.isFinished, job.kind == .backup, ["completed", "completed_with_errors"].contains(newState) {
                job.snapshot.restorable = true
                if job.snapshot.id == nil {
                    job.snapshot.id = jobs.takeSnapshotID()
                }
            }
            if let event = Self.reportedEvent(kind, state: newState) {
                recordEvent(
                    event, at: now, agentID: job.links.agentID, fields: jobEventFields(job),
                    subjects: subjects(of: job))
            }
        }
        jobs[id] = job
    }

    private func apply(_ operation: PatchEntry, to job: inout JobRecord, newState: inout String?) throws {
        let path = operation.path
        if path == "/state" {
            guard let value = operation.value.stringValue, Self.patchableStates(job.kind).contains(value) else {
                throw ServiceError.invalid(
                    "/state must be one of \(Self.patchableStates(job.kind).sorted().joined(separator: ", ")).")
            }
            newState = value
            return
        }
        guard Self.reportPaths(job.kind).contains(path) else {
            throw ServiceError.invalid("\(path) cannot be modified.")
        }
        let name = String(path.dropFirst())
        switch name {
        case "started_time", "ended_time":
            guard let value = operation.value.stringValue else {
                throw ServiceError.invalid("\(path) must be a string.")
            }
            if name == "started_time" { job.times.startedTime = value } else { job.times.endedTime = value }
        case "errors":
            job.results.errors = try JobErrorReport(patched: operation.value)
        case "snapshot_id":
            guard let value = operation.value.asInt else {
                throw ServiceError.invalid("/snapshot_id must be an integer.")
            }
            job.snapshot.id = value
        case "snapshot_ids":
            guard let values = operation.value.asArray?.compactMap(\.asInt) else {
                throw ServiceError.invalid("/snapshot_ids must be an array of integers.")
            }
            job.snapshot.removedIDs = values
        default:
            guard let value = operation.value.asInt, value >= 0 else {
                throw ServiceError.invalid("\(path) must be a whole number.")
            }
            job.results.counters[name] = value
        }
    }

    /// The documented event for a state an agent reports: none for `completed_with_errors`, which no
    /// event names, since only documented event names are emitted.
    static func reportedEvent(_ kind: JobRecord.Kind, state: String) -> String? {
        let documented: Set<String> =
            switch kind {
            case .backup: ["queued", "preparing", "in_progress", "completed", "failed", "stopped", "skipped"]
            case .restore: ["in_progress", "completed", "failed", "stopped"]
            case .cleanup: ["queued", "in_progress", "completed", "failed", "stopped"]
            }
        return documented.contains(state) ? kind.rawValue + "_" + state : nil
    }

    static func notFoundMessage(_ kind: JobRecord.Kind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() + " not found."
    }
}
