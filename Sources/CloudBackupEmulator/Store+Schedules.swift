import CloudBackupAPI
import Foundation

/// Scheduled configurations start their backups on time: at each run, the agent starts the
/// configuration's backup (`start_scheduled`), or, when the agent is disabled or offline, the run
/// is recorded as `missed`, as the service does for a run no agent started.
extension Store {
    func startScheduledBackups(upTo date: Date, at now: Instant) {
        for (configuration, time) in configurations.takeDueRuns(upTo: date) {
            guard let agent = agents[configuration.agentID] else { continue }
            guard agent.agent.enabled != false, agent.schedule.isOnline else {
                var job = addJob(.backup, id: Self.newRequestID(), agentID: agent.id, state: "missed", at: now)
                job.links.configurationID = configuration.id
                job.links.vaultID = agent.agent.vault?.id
                job.files.selection = configuration.selection
                job.times.endedTime = Timestamp.microseconds(time)
                for name in job.counterNames { job.results.counters[name] = 0 }
                jobs[job.id] = job
                continue
            }
            _ = try? startBackup(configurationID: configuration.id, state: "start_scheduled", at: now)
        }
    }

    /// `Emulator.runSchedules(until:)`.
    func runSchedules(until date: Date) {
        startScheduledBackups(upTo: date, at: advance())
    }
}
