@testable import BshRuntime
import Testing

/// The readings of a job's progress, with explicit times.
@Suite("Progress meter")
struct ProgressMeterTests {
    @Test func percentRateAndTimeLeftComeFromTheReadings() {
        var meter = ProgressMeter(job: "j1", kind: "backup")
        let first = meter.read(JobFigures(state: "queued"), at: .seconds(0))
        #expect(first.percent == 0 && first.rate == nil && first.etaSeconds == nil)
        let second = meter.read(JobFigures(state: "in_progress", bytes: 100, files: 1, totalBytes: 1000), at: .seconds(1))
        #expect(second.percent == 10)
        #expect(second.rate == 100)  // from 0 bytes at 0 s
        #expect(second.etaSeconds == 9)
        let third = meter.read(JobFigures(state: "in_progress", bytes: 500, files: 4, totalBytes: 1000), at: .seconds(3))
        #expect(third.rate == 200)
        #expect(third.etaSeconds == 3)
        #expect(third.line == "backup j1  in_progress  50%  500 B of 1.00 kB  200 B/s  ETA 3s  4 files  3s")
    }

    @Test func percentNeverGoesBackAndAFinishedJobIsAtTheEnd() {
        var meter = ProgressMeter(job: "j1", kind: "backup")
        _ = meter.read(JobFigures(state: "in_progress", bytes: 600, totalBytes: 1000), at: .seconds(1))
        // The total grew as the search went on.
        let later = meter.read(JobFigures(state: "in_progress", bytes: 700, totalBytes: 2000), at: .seconds(2))
        #expect(later.percent == 60)
        let done = meter.read(JobFigures(state: "completed", bytes: 2000, totalBytes: 2000), at: .seconds(3))
        #expect(done.percent == 100 && done.etaSeconds == 0 && done.rate == nil)
        var failing = ProgressMeter(job: "j2", kind: "backup")
        _ = failing.read(JobFigures(state: "in_progress", bytes: 300, totalBytes: 1000), at: .seconds(1))
        #expect(failing.read(JobFigures(state: "failed", bytes: 300, totalBytes: 1000), at: .seconds(2)).percent == 30)
    }

    @Test func recordsAreDueAtMostOnceASecondAndAlwaysAtTheEnd() {
        var meter = ProgressMeter(job: "j1", kind: "restore")
        let due = [(100, false), (600, false), (1100, false), (1500, false), (1600, true)].map { milliseconds, finished in
            meter.isDue(at: .milliseconds(milliseconds), finished: finished)
        }
        #expect(due == [true, false, true, false, true])
    }

    @Test func theRecordHasTheDocumentedFieldsInOrder() {
        var meter = ProgressMeter(job: "j1", kind: "cleanup")
        let record = meter.read(JobFigures(state: "in_progress"), at: .seconds(1))
        #expect(record.json == #"{"job":"j1","kind":"cleanup","state":"in_progress","percent":0.0,"bytes":0,"files":0,"rate":null,"eta_seconds":null}"#)
    }
}
