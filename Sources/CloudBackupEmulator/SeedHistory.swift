import CloudBackupAPI
import Foundation

/// The seeded project's past: the configurations of `SeedPlan` with weeks of scheduled runs, most
/// completed, some partial, failed or missed, so that lists, reports and restores have something to
/// show from the start. Jobs are numbered and given snapshot IDs in the order they ran.
enum SeedHistory {
    typealias Instant = ContinuousClock.Instant

    static let firstSnapshotID = 1001

    struct History {
        var configurations: [ConfigurationRecord] = []
        var jobs: [JobRecord] = []
        var nextSnapshotID = SeedHistory.firstSnapshotID
    }

    static func make(agents: [SimulatedAgent], origin: Instant, originDate: Date) -> History {
        var history = History()
        var runs: [SeedRun] = []
        for agent in agents {
            for plan in SeedPlan.configurations(forAgentNamed: agent.agent.name) {
                let record = configuration(plan, agent: agent, originDate: originDate)
                history.configurations.append(record)
                runs += SeedRun.runs(of: plan, record: record, agent: agent, before: originDate)
            }
        }
        runs.sort { ($0.scheduled, $0.id) < ($1.scheduled, $1.id) }
        for run in runs {
            var job = run.job(sequence: history.jobs.count, at: origin)
            if run.outcome == .completed || run.outcome == .partial {
                job.snapshot.id = history.nextSnapshotID
                history.nextSnapshotID += 1
            }
            history.jobs.append(job)
        }
        return history
    }

    private static func configuration(_ plan: SeedPlan.Configuration, agent: SimulatedAgent, originDate: Date)
        -> ConfigurationRecord
    {
        let id =
            plan.key == "system"
            ? StableUUID.make(from: "configuration:" + agent.id)
            : StableUUID.make(from: "configuration:\(plan.key):" + agent.id)
        return ConfigurationRecord(
            id: id, agentID: agent.id, name: plan.name, enabled: plan.enabled,
            schedule: ConfigurationSchedule(recurrence: plan.recurrence, timeZone: "UTC"),
            retentionDays: 30,
            inclusions: plan.inclusions.map { InclusionRule(type: "folder", path: $0) },
            exclusions: plan.exclusions.map { InclusionRule(type: "folder", path: $0) },
            notifications: [
                .object([
                    ("type", .string("email")), ("destination", .string("ops@example.com")),
                    ("on_success", .bool(false)), ("on_failure", .bool(true)),
                ])
            ],
            createdDate: createdDate(days: plan.days, originDate: originDate))
    }

    /// A configuration with a history was created at the start of the UTC day before it; one
    /// without, a few minutes ago.
    static func createdDate(days: Int, originDate: Date) -> Date {
        guard days > 0 else { return originDate.addingTimeInterval(-600) }
        let before = originDate.addingTimeInterval(-Double(days + 1) * 86_400)
        return Date(timeIntervalSince1970: (before.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }
}
