import CloudBackupAPI
import Foundation

/// One past scheduled run of a seeded configuration, and the finished backup it left.
struct SeedRun: Sendable {
    let id: String
    let scheduled: Date
    let outcome: SeedPlan.Outcome
    let agentID: String
    let vaultID: String?
    let configuration: ConfigurationRecord
    /// The files and bytes the configuration selects on the host.
    let totals: (files: Int, bytes: Int)
    /// True for the oldest run of the history: a full backup; the others copy what changed.
    let isFirst: Bool
    let flakyFiles: [String]

    /// The runs of `plan`'s schedule over its history that ended before `now`, oldest first.
    static func runs(
        of plan: SeedPlan.Configuration, record: ConfigurationRecord, agent: SimulatedAgent, before now: Date
    ) -> [SeedRun] {
        guard plan.days > 0, let rule = Recurrence(plan.recurrence) else { return [] }
        // The runs of the `days` before the last hour: a run that may still be going on now is left
        // out, and every history holds as many runs whatever the time of day.
        let windowEnd = now.addingTimeInterval(-3_600)
        let windowStart = windowEnd.addingTimeInterval(-Double(plan.days) * 86_400)
        let wanted = plan.days * (rule.frequency == .hourly ? 24 : 1) + 1
        let times = rule.nextTimes(after: windowStart, start: record.createdDate, count: wanted)
            .filter { $0 < windowEnd }
        let totals = record.selection.filter(agent.files).totals
        let count = times.count
        return times.enumerated().compactMap { offset, scheduled in
            let index = count - 1 - offset
            guard index >= plan.droppedNewest else { return nil }
            let prefix = plan.key == "system" ? "backup:" : "backup:\(plan.key):"
            return SeedRun(
                id: StableUUID.make(from: prefix + "\(agent.id):\(index + 1)"), scheduled: scheduled,
                outcome: plan.outcome(ofRunBeforeNewest: index), agentID: agent.id,
                vaultID: agent.agent.vault?.id, configuration: record, totals: totals, isFirst: offset == 0,
                flakyFiles: plan.flakyFiles)
        }
    }

    /// The finished backup of this run (its snapshot ID is given by the history, in time order).
    func job(sequence: Int, at origin: ContinuousClock.Instant) -> JobRecord {
        var generator = SeededGenerator(seed: StableHash.fnv1a(id))
        let state: String =
            switch outcome {
            case .completed: "completed"
            case .partial: "completed_with_errors"
            case .failed: "failed"
            case .missed: "missed"
            }
        var job = JobRecord(kind: .backup, id: id, sequence: sequence, agentID: agentID, state: state, at: origin)
        job.links.configurationID = configuration.id
        job.links.vaultID = vaultID
        job.files.selection = configuration.selection
        job.simulation.stepsApplied = Int.max / 2
        (job.simulation.plannedFiles, job.simulation.plannedBytes) = totals
        guard outcome != .missed else {
            // The service gives up on a run its agent never started: no start, no counters.
            job.times.endedTime = Timestamp.microseconds(scheduled.addingTimeInterval(3_600))
            return job
        }
        // Nightly changes: a tenth to a third of the data on weekdays, less at weekends.
        let weekend = Calendar.utc.isDateInWeekend(scheduled)
        let share = isFirst ? 1 : Double(generator.next() % 1_000) / 1_000 * (weekend ? 0.08 : 0.25) + 0.04
        let reached = outcome == .failed ? Double(10 + generator.next() % 60) / 100 : 1
        let copied = Int(Double(totals.bytes) * share * reached)
        let files = max(1, Int(Double(totals.files) * share * reached))
        // Between 2 and 12 MB/s, after about a minute of preparing.
        let rate = 2_000_000 + Int(generator.next() % 10_000_000)
        let delay = Double(generator.next() % 90)
        let running = 45 + Double(copied / rate) + Double(generator.next() % 30)
        let started = scheduled.addingTimeInterval(delay)
        job.times.startedTime = Timestamp.microseconds(started)
        job.times.endedTime = Timestamp.microseconds(started.addingTimeInterval(running))
        job.results.counters = [
            "files_searched": outcome == .failed ? Int(Double(totals.files) * reached) : totals.files,
            "files_backed_up": files,
            "bytes_searched": outcome == .failed ? Int(Double(totals.bytes) * reached) : totals.bytes,
            "bytes_backed_up": copied,
            "bytes_in_db": copied / 3,
            "bandwidth_avg_bps": Int(Double(copied) / running),
        ]
        switch outcome {
        case .partial:
            let lost = flakyFiles.isEmpty ? configuration.inclusions.prefix(1).map(\.path) : flakyFiles
            job.results.errors = Store.report(
                lost, type: "file_or_folder_missing", reason: "unable_to_process_some_files",
                diagnostics: "Some files could not be backed up. Partial list follows.", code: 3015,
                message: { "Cannot open file \"\($0)\"" })
            job.snapshot.restorable = true
        case .failed:
            job.results.errors.reason = "vault_connection_lost"
            job.results.errors.diagnostics = "The agent lost its connection to the vault; the backup was abandoned."
        case .completed:
            job.snapshot.restorable = true
        case .missed:
            break
        }
        return job
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC, the time zone of the seeded schedules.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
