import Testing

@testable import CloudBackupEmulator

@Suite("Polling by event mode")
struct PollScheduleTests {
    let origin = ContinuousClock.now
    let timings = SimulatedTimings()

    private func at(ms: Int) -> ContinuousClock.Instant {
        origin + .milliseconds(ms)
    }

    @Test func idleAgentsPollEveryThirtySecondsAndSkipEmptyPolls() {
        var schedule = PollSchedule(firstPoll: at(ms: 10_000), timings: timings)
        #expect(schedule.takeDuePoll(upTo: at(ms: 5_000), hasWork: true) == nil)
        #expect(schedule.takeDuePoll(upTo: at(ms: 99_000), hasWork: false) == at(ms: 70_000))
        #expect(schedule.nextPoll == at(ms: 100_000))
        #expect(schedule.takeDuePoll(upTo: at(ms: 99_999), hasWork: true) == nil)
        #expect(schedule.takeDuePoll(upTo: at(ms: 100_000), hasWork: true) == at(ms: 100_000))
        #expect(schedule.nextPoll == at(ms: 130_000))
    }

    @Test func aFasterModeBringsTheNextPollForward() {
        var schedule = PollSchedule(firstPoll: at(ms: 30_000), timings: timings)
        schedule.activate(.realTime, at: at(ms: 1_000))
        #expect(schedule.nextPoll == at(ms: 1_200))
        #expect(schedule.takeDuePoll(upTo: at(ms: 2_000), hasWork: true) == at(ms: 1_200))
        #expect(schedule.nextPoll == at(ms: 1_400))
    }

    @Test func aSlowerModeDoesNotDelayAPollAlreadyComing() {
        var schedule = PollSchedule(firstPoll: at(ms: 500), timings: timings)
        schedule.activate(.active, at: at(ms: 0))
        #expect(schedule.nextPoll == at(ms: 500))
    }

    @Test func agentsFallBackToIdleAfterTheActivationWindow() {
        var schedule = PollSchedule(firstPoll: at(ms: 30_000), timings: timings)
        schedule.activate(.active, at: at(ms: 0))
        #expect(schedule.mode(at: at(ms: 599_999)) == .active)
        #expect(schedule.mode(at: at(ms: 600_000)) == .idle)
        // Active polls every 2 s from 2 s on; the last one inside the window is at 598 s, the next
        // 2 s later, and from then on every 30 s.
        #expect(schedule.takeDuePoll(upTo: at(ms: 700_000), hasWork: false) == at(ms: 598_000))
        #expect(schedule.nextPoll == at(ms: 600_000))
        #expect(schedule.takeDuePoll(upTo: at(ms: 700_000), hasWork: true) == at(ms: 600_000))
        #expect(schedule.nextPoll == at(ms: 630_000))
    }

    @Test func offlineAgentsNeverPollUntilTheyStartUp() {
        var schedule = PollSchedule(firstPoll: nil, timings: timings)
        schedule.activate(.realTime, at: at(ms: 0))
        #expect(schedule.takeDuePoll(upTo: at(ms: 10_000_000), hasWork: true) == nil)
        schedule.startUp(at: at(ms: 5_000))
        #expect(schedule.isOnline)
        #expect(schedule.takeDuePoll(upTo: at(ms: 5_000), hasWork: true) == at(ms: 5_000))
        schedule.shutDown()
        #expect(!schedule.isOnline)
        #expect(schedule.takeDuePoll(upTo: at(ms: 10_000_000), hasWork: true) == nil)
    }

    @Test func timingsScaleTogether() {
        let scaled = timings.scaled(by: 0.01)
        func near(_ duration: Duration, _ expected: Duration) -> Bool {
            abs((duration - expected) / .microseconds(1)) < 1
        }
        #expect(near(scaled.idlePoll, .milliseconds(300)))
        #expect(near(scaled.activePoll, .milliseconds(20)))
        #expect(near(scaled.realTimePoll, .milliseconds(2)))
        #expect(near(scaled.browseAnswer, .milliseconds(3)))
        // Periods a client keeps to in real time are shortened only so far.
        #expect(near(scaled.browseResultLifetime, .seconds(5)))
        #expect(near(scaled.activationWindow, .seconds(120)))
        #expect(near(timings.scaled(by: 0.5).activationWindow, .seconds(300)))
        #expect(near(timings.scaled(by: 2).activationWindow, .seconds(1200)))
        #expect(near(scaled.logUpload, .milliseconds(20)))
    }
}
