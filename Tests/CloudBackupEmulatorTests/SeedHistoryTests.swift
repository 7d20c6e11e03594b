import CloudBackupAPI
import Foundation
import Testing

@testable import CloudBackupEmulator

/// The seeded project's past: weeks of scheduled runs per configuration, some of them bad.
@Suite("Seeded history")
struct SeedHistoryTests {
    static let timings = SimulatedTimings()
    static let originDate = Date(timeIntervalSince1970: 1_796_400_000)  // a Friday, 16:00 UTC

    static func history(agents: Int = 5) -> (SeedHistory.History, [SimulatedAgent]) {
        let origin = ContinuousClock.now
        let agents = SeedProject.agents(count: agents, startingAt: origin, timings: timings)
        return (SeedHistory.make(agents: agents, origin: origin, originDate: originDate), agents)
    }

    @Test func demoAgentsHaveUpToThreeConfigurationsOnTheirOwnSchedules() {
        let (history, agents) = Self.history()
        #expect(history.configurations.count == 11)
        for agent in agents {
            let mine = history.configurations.filter { $0.agentID == agent.id }
            #expect((1...3).contains(mine.count), "\(agent.agent.name)")
            #expect(Set(mine.compactMap(\.schedule?.recurrence)).count == mine.count, "\(agent.agent.name)")
        }
    }

    @Test func historiesSpanWeeksWithFailedPartialAndMissedRuns() throws {
        let (history, _) = Self.history()
        // The timestamps have one form, so their text sorts as their time.
        let starts = history.jobs.compactMap { $0.times.startedTime ?? $0.times.endedTime }
        let oldest = try #require(starts.min())
        #expect(oldest <= Timestamp.microseconds(Self.originDate.addingTimeInterval(-14 * 86_400)))
        #expect(oldest >= Timestamp.microseconds(Self.originDate.addingTimeInterval(-30 * 86_400)))
        let states = Set(history.jobs.map(\.state))
        #expect(states == ["completed", "completed_with_errors", "failed", "missed"])
        #expect(history.jobs.allSatisfy { $0.isFinished })
        // Nothing ends in the future.
        let now = Timestamp.microseconds(Self.originDate)
        #expect(history.jobs.allSatisfy { ($0.times.endedTime ?? "") < now })
    }

    @Test func completedAndPartialBackupsAreRestorableAndTheOthersAreNot() {
        let (history, _) = Self.history()
        for job in history.jobs {
            let kept = job.state == "completed" || job.state == "completed_with_errors"
            #expect(job.snapshot.restorable == kept, "\(job.id) \(job.state)")
            #expect((job.snapshot.id != nil) == kept, "\(job.id) \(job.state)")
            #expect(kept || job.results.errors.reason != "" || job.state == "missed")
        }
        let partial = history.jobs.filter { $0.state == "completed_with_errors" }
        #expect(partial.allSatisfy { $0.results.errors.count > 0 })
    }

    @Test func theNewestRunOfEachConfigurationIsAsThePlanSays() throws {
        let (history, agents) = Self.history()
        func newest(_ agentName: String, _ configurationName: String) throws -> JobRecord {
            let agent = try #require(agents.first { $0.agent.name == agentName })
            let configuration = try #require(
                history.configurations.first { $0.agentID == agent.id && $0.name == configurationName })
            return try #require(history.jobs.last { $0.links.configurationID == configuration.id })
        }
        #expect(try newest("web01", "Daily system files").state == "completed")
        #expect(try newest("web02", "Daily system files").state == "completed_with_errors")
        #expect(try newest("db01", "Daily system files").state == "failed")
        #expect(try newest("mail01", "Daily system files").state == "missed")
        #expect(try newest("db02", "MySQL data").state == "missed")
    }

    @Test func jobsAreNumberedAndSnapshotsGivenInTheOrderTheyRan() {
        let (history, _) = Self.history()
        #expect(history.jobs.map(\.sequence) == Array(0..<history.jobs.count))
        let snapshots = history.jobs.compactMap(\.snapshot.id)
        #expect(snapshots == snapshots.sorted())
        #expect(snapshots.first == SeedHistory.firstSnapshotID)
    }

    @Test func seededIDsAreTheSameEveryTime() {
        let (first, _) = Self.history()
        let (second, _) = Self.history()
        #expect(first.jobs.map(\.id) == second.jobs.map(\.id))
        #expect(first.configurations.map(\.id) == second.configurations.map(\.id))
        // The system files configuration keeps the ID it always had.
        #expect(first.configurations.first?.id == StableUUID.make(from: "configuration:" + SeedAgent.demoProject[0].id))
    }

    @Test func otherAgentsHaveThreeGoodNights() {
        let (history, agents) = Self.history(agents: 8)
        for agent in agents.dropFirst(5) {
            let jobs = history.jobs.filter { $0.links.agentID == agent.id }
            #expect(jobs.count == 3)
            #expect(jobs.allSatisfy { $0.state == "completed" })
        }
    }

    @Test func progressGrowsByUnevenStepsAndStaysBelowTheEnd() {
        let fractions = JobTimeline.progressFractions(for: "some-backup")
        #expect(fractions.count == JobTimeline.progressSteps)
        #expect(zip(fractions, fractions.dropFirst()).allSatisfy { $0 < $1 })
        #expect(fractions.allSatisfy { $0 > 0 && $0 < 1 })
        let steps = zip([0] + fractions, fractions).map { $1 - $0 }
        #expect(Set(steps.map { ($0 * 1000).rounded() }).count > 1, "the rate varies")
        #expect(JobTimeline.progressFractions(for: "some-backup") == fractions)
    }
}
