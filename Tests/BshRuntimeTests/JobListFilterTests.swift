@testable import BshRuntime
import Foundation
import Testing

/// `--since`, `--state` and `--agent` on the job lists.
@Suite("Job list filters")
struct JobListFilterTests {
    static let since = Date(timeIntervalSince1970: 1_796_385_600)  // 2026-12-04T12:00:00Z

    @Test func eachFilterKeepsOnlyWhatItNames() {
        let filter = JobListFilter(since: Self.since, states: ["failed", "missed"], agentID: "a1")
        #expect(filter.keeps(state: "failed", agentID: "a1", startedTime: "2026-12-04T13:00:00Z", endedTime: nil))
        #expect(!filter.keeps(state: "completed", agentID: "a1", startedTime: "2026-12-04T13:00:00Z", endedTime: nil))
        #expect(!filter.keeps(state: "failed", agentID: "a2", startedTime: "2026-12-04T13:00:00Z", endedTime: nil))
        #expect(!filter.keeps(state: "failed", agentID: "a1", startedTime: "2026-12-04T11:00:00Z", endedTime: nil))
    }

    @Test func aJobEndedSinceOrNotStartedYetIsRecentEnough() {
        let filter = JobListFilter(since: Self.since)
        #expect(filter.keeps(state: "completed", agentID: nil, startedTime: "2026-12-04T11:00:00Z", endedTime: "2026-12-04T12:30:00.123456Z"))
        #expect(filter.keeps(state: "missed", agentID: nil, startedTime: nil, endedTime: "2026-12-04T12:30:00Z"))
        #expect(filter.keeps(state: "start_requested", agentID: nil, startedTime: nil, endedTime: nil))
        #expect(JobListFilter().keeps(state: "anything", agentID: nil, startedTime: nil, endedTime: nil))
    }
}

/// `events --follow --until`.
@Suite("Follow conditions")
struct FollowUntilTests {
    @Test func aConditionIsADurationOrAnEventNameOrPattern() {
        #expect(FollowUntil("5m") == .after(.seconds(300)))
        #expect(FollowUntil("backup_completed") == .event("backup_completed"))
        #expect(FollowUntil("*_failed") == .event("*_failed"))
        #expect(FollowUntil("no such") == nil)
        #expect(FollowUntil("") == nil)
    }

    @Test func patternsMatchWholeNames() {
        #expect(FollowUntil.matches("backup_completed", pattern: "backup_completed"))
        #expect(!FollowUntil.matches("backup_completed_x", pattern: "backup_completed"))
        #expect(FollowUntil.matches("restore_failed", pattern: "*_failed"))
        #expect(FollowUntil.matches("backup_progress", pattern: "backup_*"))
        #expect(FollowUntil.matches("backup_in_progress", pattern: "b*in*s"))
        #expect(!FollowUntil.matches("backup_progress", pattern: "*_failed"))
    }
}
