import CloudBackupAPI

/// How a job ends when its simulated agent finishes it: counters, errors, snapshots, restored files.
extension Store {
    func finish(_ job: inout JobRecord, at instant: Instant) {
        job.times.endedTime = timestamp(instant)
        switch job.kind {
        case .backup: finishBackup(&job)
        case .restore: finishRestore(&job)
        case .cleanup: finishCleanup(&job)
        }
    }

    private func finishBackup(_ job: inout JobRecord) {
        progress(&job, fraction: 1)
        job.results.counters["bandwidth_avg_bps"] =
            job.simulation.plannedBytes / max(1, Int(timings.backupRun / .seconds(1)))
        let files = agents[job.links.agentID]?.files
        let missing = job.files.selection.inclusions.filter { files?.node(at: RemoteName($0.normalized)) == nil }
        job.results.errors =
            missing.isEmpty
            ? JobErrorReport()
            : Self.report(
                missing.map(\.path), type: "file_or_folder_missing", reason: "unable_to_process_some_files",
                diagnostics: "Some files could not be backed up. Partial list follows.", code: 3015,
                message: { "Cannot open file \"\($0)\"" })
        job.state = missing.isEmpty ? "completed" : "completed_with_errors"
        job.snapshot.id = jobs.takeSnapshotID()
        job.snapshot.restorable = true
        job.snapshot.files = files.map(job.files.selection.filter)
    }

    /// The files a restore brings back: the backup's snapshot, narrowed by the restore's rules.
    func planRestore(_ job: inout JobRecord) {
        guard let snapshot = snapshotTree(backupID: job.links.backupID ?? "") else { return }
        let chosen = job.files.selection.inclusions.isEmpty ? snapshot : job.files.selection.filter(snapshot)
        (job.simulation.plannedFiles, job.simulation.plannedBytes) = chosen.totals
    }

    private func finishRestore(_ job: inout JobRecord) {
        planRestore(&job)
        progress(&job, fraction: 1)
        let snapshot = snapshotTree(backupID: job.links.backupID ?? "")
        let missing = job.files.selection.inclusions.filter { snapshot?.node(at: RemoteName($0.normalized)) == nil }
        job.results.errors =
            missing.isEmpty
            ? JobErrorReport()
            : Self.report(
                missing.map(\.path), type: "phx_exception", reason: "unable_to_process_some_files",
                diagnostics: "Some files may not have been restored.", code: 3015,
                message: { "The path \"\($0)\" is not in the backup." })
        job.state = missing.isEmpty ? "completed" : "completed_with_errors"
        writeRestoredFiles(job)
    }

    /// The restored files appear on the destination host: below `destination_path`, or in their
    /// original locations.
    private func writeRestoredFiles(_ job: JobRecord) {
        guard let snapshot = snapshotTree(backupID: job.links.backupID ?? ""),
            let host = agents[job.links.agentID]?.files
        else {
            return
        }
        let chosen = job.files.selection.inclusions.isEmpty ? snapshot : job.files.selection.filter(snapshot)
        let placed = job.files.destinationPath.map { FileNode.placing(chosen, under: $0) } ?? chosen
        agents[job.links.agentID]?.files = host.merging(placed, overwrite: job.files.overwriteFiles)
    }

    /// A cleanup removes the snapshots of deleted configurations from the agent's vault.
    private func finishCleanup(_ job: inout JobRecord) {
        let inVault = jobs.values.filter {
            $0.kind == .backup && $0.links.vaultID == job.links.vaultID && $0.snapshot.restorable
        }
        let before = inVault.reduce(0) { $0 + ($1.results.counters["bytes_in_db"] ?? 0) }
        let removed = inVault.filter { configurations[$0.links.configurationID ?? ""]?.deleted ?? true }
        for backup in removed { jobs[backup.id]?.snapshot.restorable = false }
        job.snapshot.removedIDs = removed.compactMap(\.snapshot.id).sorted()
        job.results.counters["bytes_before"] = before
        job.results.counters["bytes_after"] =
            before - removed.reduce(0) { $0 + ($1.results.counters["bytes_in_db"] ?? 0) }
        job.state = "completed"
    }

    static func report(
        _ paths: [String], type: String, reason: String, diagnostics: String, code: Int, message: (String) -> String
    ) -> JobErrorReport {
        var report = JobErrorReport()
        report.count = paths.count
        report.reason = reason
        report.diagnostics = diagnostics
        report.list = paths.enumerated().map { index, path in
            .object([
                ("index", .int(index)), ("path", .string(path)), ("type", .string(type)),
                (
                    "exception",
                    .object([
                        ("code", .int(code)), ("description", .string(message(path))),
                        ("details", .string("1: Ex Code(\(code)): \(message(path))")),
                    ])
                ),
            ])
        }
        return report
    }
}
