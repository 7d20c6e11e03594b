import BshValues
import Foundation

/// One reading of a job's progress: what `--progress` writes as a JSON line and what the terminal
/// line shows.
struct ProgressRecord: Sendable, Equatable {
    var job: String
    var kind: String
    var state: String
    /// 0 to 100, never less than an earlier reading's.
    var percent: Double
    var bytes: Int
    var files: Int
    var totalBytes: Int?
    var totalFiles: Int?
    /// Bytes a second between the last two readings that differed; nil before there are two.
    var rate: Double?
    var etaSeconds: Int?
    var elapsed: Duration
    /// The label of the parallel loop's iteration that waits for the job, in one.
    var iteration: String?

    /// `{"job","kind","state","percent","bytes","files","rate","eta_seconds"}`, in that order, and
    /// `"iteration"` last in a parallel loop.
    var json: String {
        var fields: [(String, Value)] = [
            ("job", .string(job)), ("kind", .string(kind)), ("state", .string(state)),
            ("percent", .double((percent * 10).rounded() / 10)), ("bytes", .int(bytes)), ("files", .int(files)),
            ("rate", rate.map { .int(Int($0.rounded())) } ?? .null), ("eta_seconds", etaSeconds.map(Value.int) ?? .null),
        ]
        if let iteration { fields.append(("iteration", .string(iteration))) }
        return Value.record(Record(fields)).jsonText()
    }

    /// `backup 1a2b3c4d  in_progress  27%  12.3 MB of 45.6 MB  3.10 MB/s  ETA 10s  120 of 480 files  12s`:
    /// what matters most first, since a narrow terminal cuts the line.
    var line: String {
        figures + "  " + DurationText.approximate(elapsed)
    }

    /// The line without the time so far: what a parallel loop's lane shows of the job it waits for.
    var figures: String {
        var parts = ["\(kind) \(job.prefix(8))", state, String(format: "%.0f%%", percent)]
        parts.append(Renderer.size(bytes) + (totalBytes.map { " of " + Renderer.size($0) } ?? ""))
        if let rate { parts.append(Renderer.size(Int(rate.rounded())) + "/s") }
        if let etaSeconds { parts.append("ETA " + Renderer.age(etaSeconds)) }
        parts.append("\(files)" + (totalFiles.map { " of \($0)" } ?? "") + " files")
        return parts.joined(separator: "  ")
    }
}

/// Follows a job's readings: the percent (never going back), the rate between readings that
/// differ, the time left at that rate, and when a reading is due for `--progress` (at most one a
/// second, and always the last).
struct ProgressMeter: Sendable {
    static let interval = Duration.seconds(1)
    static let finishedStates: Set<String> = ["completed", "completed_with_errors", "failed", "stopped", "skipped", "missed"]

    let job: String
    let kind: String
    private var percent = 0.0
    private var previous: (bytes: Int, at: Duration)?
    private var rate: Double?
    private var lastWritten: Duration?

    init(job: String, kind: String) {
        self.job = job
        self.kind = kind
    }

    /// The record of a reading taken `elapsed` after the wait began.
    mutating func read(_ figures: JobFigures, at elapsed: Duration) -> ProgressRecord {
        let bytes = figures.bytes ?? 0
        if let previous, bytes != previous.bytes, elapsed > previous.at {
            rate = Double(bytes - previous.bytes) / Self.seconds(elapsed - previous.at)
        }
        if previous == nil || bytes != previous?.bytes { previous = (bytes, elapsed) }
        let finished = Self.finishedStates.contains(figures.state)
        if figures.state == "completed" || figures.state == "completed_with_errors" {
            percent = 100
        } else if let total = figures.totalBytes, total > 0 {
            percent = max(percent, min(100, Double(bytes) * 100 / Double(total)))
        }
        var eta: Int?
        if !finished, let total = figures.totalBytes, let rate, rate > 0 {
            eta = Int((Double(max(0, total - bytes)) / rate).rounded(.up))
        }
        return ProgressRecord(
            job: job, kind: kind, state: figures.state, percent: percent, bytes: bytes, files: figures.files ?? 0,
            totalBytes: figures.totalBytes, totalFiles: figures.totalFiles, rate: finished ? nil : rate,
            etaSeconds: finished ? 0 : eta, elapsed: elapsed)
    }

    /// True when a record taken at `elapsed` should be written: the first, one a second or more
    /// after the last written, and the one of a finished job.
    mutating func isDue(at elapsed: Duration, finished: Bool) -> Bool {
        guard finished || lastWritten.map({ elapsed - $0 >= Self.interval }) ?? true else { return false }
        lastWritten = elapsed
        return true
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
