@testable import BshRuntime
import CloudBackupAPI
import Foundation
import Testing

/// The morning report's classification and history, as pure functions of backups and the time.
@Suite("Morning report")
struct ReportTests {
    /// 2026-12-04T12:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_796_385_600)
    static let hour: TimeInterval = 3600

    static func stamp(_ hoursAgo: Double) -> String {
        now.addingTimeInterval(-hoursAgo * hour).formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// A backup of configuration `c1` that started `hoursAgo` and ran ten minutes.
    static func backup(_ state: String, hoursAgo: Double?, bytes: Int = 1000, id: String = UUID().uuidString) -> Backup {
        var backup = Backup(id: id, state: state, configuration: ResourceRef(id: "c1"))
        backup.startedTime = hoursAgo.map { stamp($0) }
        backup.endedTime = hoursAgo.map { stamp($0 - 1.0 / 6) }
        backup.bytesBackedUp = bytes
        return backup
    }

    static func flag(_ backups: [Backup], maxAge: TimeInterval? = nil, period: TimeInterval? = nil) -> ReportFlag {
        ReportClassifier.flag(of: backups, now: now, maxAge: maxAge, period: period)
    }

    @Test func theLastBackupsStateGivesTheFlag() {
        #expect(Self.flag([]) == .never)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 10)]) == .ok)
        #expect(Self.flag([Self.backup("completed_with_errors", hoursAgo: 10)]) == .partial)
        #expect(Self.flag([Self.backup("failed", hoursAgo: 10)]) == .failed)
        #expect(Self.flag([Self.backup("stopped", hoursAgo: 10)]) == .failed)
        #expect(Self.flag([Self.backup("skipped", hoursAgo: 10)]) == .missed)
        var missed = Backup(id: "m", state: "missed")
        missed.endedTime = Self.stamp(9)
        #expect(Self.flag([missed]) == .missed)
        for state in ["start_requested", "start_scheduled", "queued", "preparing", "in_progress", "stop_requested"] {
            #expect(Self.flag([Self.backup(state, hoursAgo: 0.1)]) == .running, "\(state)")
        }
    }

    @Test func onlyTheNewestBackupCountsWhateverTheOrder() {
        let failedThenFixed = [Self.backup("completed", hoursAgo: 2), Self.backup("failed", hoursAgo: 20)]
        #expect(Self.flag(failedThenFixed) == .ok)
        #expect(Self.flag(failedThenFixed.reversed()) == .ok)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 20), Self.backup("failed", hoursAgo: 2)]) == .failed)
        // Just asked for: no times yet, and newer than anything that ran.
        #expect(Self.flag([Self.backup("completed", hoursAgo: 1), Self.backup("start_requested", hoursAgo: nil)]) == .running)
    }

    @Test func aCompletedBackupOlderThanTheMaximumAgeIsStale() {
        #expect(Self.flag([Self.backup("completed", hoursAgo: 25)]) == .ok)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 30)]) == .stale)
        #expect(Self.flag([Self.backup("completed_with_errors", hoursAgo: 30)]) == .stale)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 30)], maxAge: 48 * Self.hour) == .ok)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 2)], maxAge: Self.hour) == .stale)
        // A failure stays a failure however old.
        #expect(Self.flag([Self.backup("failed", hoursAgo: 300)]) == .failed)
    }

    @Test func aScheduleLongerThanTheMaximumAgeAllowsOnePeriodAndAMargin() {
        let weekly = ReportClassifier.period(ofRecurrence: "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=SU;BYHOUR=4;BYMINUTE=0")
        #expect(weekly == TimeInterval(7 * 86_400))
        #expect(Self.flag([Self.backup("completed", hoursAgo: 5 * 24)], period: weekly) == .ok)
        #expect(Self.flag([Self.backup("completed", hoursAgo: 7 * 24 + 3)], period: weekly) == .stale)
        // An age asked for is the age allowed, whatever the schedule.
        #expect(Self.flag([Self.backup("completed", hoursAgo: 5 * 24)], maxAge: 26 * Self.hour, period: weekly) == .stale)
        #expect(ReportClassifier.period(ofRecurrence: "RRULE:FREQ=HOURLY;INTERVAL=6") == TimeInterval(6 * 3600))
        #expect(ReportClassifier.period(ofRecurrence: "RRULE:FREQ=DAILY;BYHOUR=2") == TimeInterval(86_400))
        #expect(ReportClassifier.period(ofRecurrence: "RRULE:FREQ=MONTHLY") == nil)
    }

    @Test func onlyOkAndRunningAreHealthy() {
        #expect(ReportFlag.allCases.filter(\.isHealthy) == [.ok, .running])
    }

    @Test func theHistoryHasOneDayEachOldestFirstWithTheWorstStateAndTheBytesCopied() {
        let builder = ReportBuilder(now: Self.now, days: 4)
        let days = builder.history(of: [
            Self.backup("completed", hoursAgo: 10, bytes: 400),  // today 02:00
            Self.backup("failed", hoursAgo: 4, bytes: 50),  // today 08:00
            Self.backup("completed", hoursAgo: 34, bytes: 800),  // yesterday
            Self.backup("completed_with_errors", hoursAgo: 58, bytes: 200),  // two days ago
            Self.backup("completed", hoursAgo: 24 * 9, bytes: 9_000),  // out of range
        ])
        #expect(days.map(\.day) == ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])
        #expect(days.map(\.state) == [nil, .partial, .ok, .failed])
        #expect(days.map(\.bytes) == [0, 200, 800, 400])
    }

    @Test func glyphsShowSizeAsHeightAndStateAsSymbolOrColour() {
        let days = [
            ReportDay(day: "a", state: nil, bytes: 0), ReportDay(day: "b", state: .ok, bytes: 100),
            ReportDay(day: "c", state: .partial, bytes: 50), ReportDay(day: "d", state: .ok, bytes: 1),
            ReportDay(day: "e", state: .failed, bytes: 0), ReportDay(day: "f", state: .missed, bytes: 0),
            ReportDay(day: "g", state: .running, bytes: 0),
        ]
        #expect(HistoryGlyphs.draw(days, colors: false) == "·█▄▁✗○▸")
        let coloured = HistoryGlyphs.draw(days, colors: true)
        #expect(coloured.contains("\u{1B}[31m✗\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[33m▄\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[32m█\u{1B}[0m"))
        #expect(coloured.replacingOccurrences(of: "\u{1B}\\[\\d+m", with: "", options: .regularExpression) == "·█▄▁✗○▸")
    }

    @Test func recordsCarryTheLastBackupAndAreSortedByAgentThenConfiguration() {
        var first = ConfigurationSummary(id: "c1", name: "System", enabled: true, agent: ResourceRef(id: "a2"))
        first.schedule = Schedule(recurrence: ["RRULE:FREQ=DAILY;BYHOUR=2"], timeZone: "UTC")
        let second = ConfigurationSummary(id: "c2", name: "Data", enabled: false, agent: ResourceRef(id: "a1"))
        let records = ReportBuilder(now: Self.now, days: 2).records(
            configurations: [first, second], backups: [Self.backup("completed", hoursAgo: 10, bytes: 7, id: "b1")],
            agentNames: ["a1": "db01", "a2": "web01"])
        #expect(records.map(\.agent) == ["db01", "web01"])
        #expect(records[0].flag == .never && records[0].backupID == nil && !records[0].enabled)
        #expect(records[1].flag == .ok && records[1].backupID == "b1" && records[1].bytes == 7)
        #expect(records[1].ageSeconds == Int(10 * Self.hour - 600))
        #expect(records[1].history.count == 2)
    }

    @Test func agesAndSizesReadShort() {
        #expect(Renderer.age(42) == "42s")
        #expect(Renderer.age(720) == "12m")
        #expect(Renderer.age(15 * 3600 + 34 * 60) == "15h34m")
        #expect(Renderer.age(5 * 86_400 + 3 * 3600) == "5d3h")
        #expect(Renderer.size(940) == "940 B")
        #expect(Renderer.size(1_210_000) == "1.21 MB")
        #expect(Renderer.size(38_400_000_000) == "38.4 GB")
        #expect(Renderer.size(999_999) == "1.00 MB")
    }
}
