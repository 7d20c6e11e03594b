import CloudBackupAPI
import Foundation

/// The seeded project's past: one configuration per agent (system files, daily at 02:00 UTC) and
/// a few finished backups of it, so that lists and restores have something to show from the start.
enum SeedHistory {
    typealias Instant = ContinuousClock.Instant

    static let backupsPerConfiguration = 3
    static let firstSnapshotID = 1001

    struct History {
        var configurations: [ConfigurationRecord] = []
        var jobs: [JobRecord] = []
        var nextSnapshotID = SeedHistory.firstSnapshotID
    }

    static func make(agents: [SimulatedAgent], origin: Instant, originDate: Date) -> History {
        var history = History()
        for agent in agents {
            let configuration = ConfigurationRecord(
                id: StableUUID.make(from: "configuration:" + agent.id), agentID: agent.id,
                name: "Daily system files", enabled: true,
                schedule: ConfigurationSchedule(
                    recurrence: "RRULE:FREQ=DAILY;INTERVAL=1;BYHOUR=2;BYMINUTE=0", timeZone: "UTC"),
                retentionDays: 30,
                inclusions: [
                    InclusionRule(type: "folder", path: "/etc/"), InclusionRule(type: "folder", path: "/home/"),
                ],
                exclusions: [InclusionRule(type: "folder", path: "/home/deploy/.ssh/")],
                notifications: [
                    .object([
                        ("type", .string("email")), ("destination", .string("ops@example.com")),
                        ("on_success", .bool(false)), ("on_failure", .bool(true)),
                    ])
                ],
                createdDate: originDate.addingTimeInterval(-Double(backupsPerConfiguration + 1) * 86_400))
            history.configurations.append(configuration)
            let (files, bytes) = configuration.selection.filter(agent.files).totals
            for day in (1...backupsPerConfiguration).reversed() {
                let started = originDate.addingTimeInterval(-Double(day) * 86_400)
                var job = JobRecord(
                    kind: .backup, id: StableUUID.make(from: "backup:\(agent.id):\(day)"), sequence: history.jobs.count,
                    agentID: agent.id, state: "completed", at: origin)
                job.links.configurationID = configuration.id
                job.files.selection = configuration.selection
                job.links.vaultID = agent.agent.vault?.id
                job.times.startedTime = Timestamp.microseconds(started)
                job.times.endedTime = Timestamp.microseconds(started.addingTimeInterval(95))
                job.simulation.stepsApplied = Int.max / 2
                job.snapshot.id = history.nextSnapshotID
                history.nextSnapshotID += 1
                job.snapshot.restorable = true
                (job.simulation.plannedFiles, job.simulation.plannedBytes) = (files, bytes)
                job.results.counters = [
                    "files_searched": files, "files_backed_up": files, "bytes_searched": bytes,
                    "bytes_backed_up": bytes, "bytes_in_db": bytes / 8, "bandwidth_avg_bps": bytes / 95,
                ]
                history.jobs.append(job)
            }
        }
        return history
    }
}
