import CloudBackupAPI
import CloudBackupClient

/// `wait` on a job with its progress shown.
extension Shell {
    /// The watch of a job `wait` waits for, when its progress is asked for (`--progress`), a
    /// person watches standard error, or a parallel loop's block shows it; nil otherwise.
    func jobWatch(for pending: PendingRequest, showsLine: Bool) -> JobWatch? {
        guard case .job(let kind, let id) = pending, session.progress || showsLine || lane?.display != nil else { return nil }
        return JobWatch(kind: kind, id: id, writesRecords: session.progress, showsLine: showsLine)
    }

    /// Checks a watched job once: prints its new events (terminal) and its progress record when one
    /// is due (`--progress`, standard error); then nil while it runs, or how it ended.
    func checkWatched(
        _ watch: inout JobWatch, elapsed: () -> Duration, deadline: ContinuousClock.Instant, client: any CloudBackupService
    ) async throws -> CommandResult? {
        let (kind, id, readsEvents) = (watch.kind, watch.id, watch.readsEvents)
        let (fetched, events) = try await RequestDeadline.with(deadline) {
            let events = readsEvents ? try await self.jobEvents(kind, id: id, client: client) : []
            return (try await self.fetchJob(kind, id: id, client: client, events: events), events)
        }
        for line in watch.newEventLines(events) { host.writeError("\r\u{1B}[K" + line + "\n") }
        let now = elapsed()
        var record = watch.meter.read(fetched.figures, at: now)
        record.iteration = lane?.label
        watch.lastRecord = record
        lane?.show(job: record)
        if watch.writesRecords, watch.meter.isDue(at: now, finished: Self.terminalJobStates.contains(fetched.state)) {
            // In a parallel loop, at once: the iteration's output waits for its turn, its records do not.
            (lane?.records ?? host).writeError(record.json + "\n")
        }
        return try concludeJob(kind, id: id, fetched)
    }
}
