/// Faults injected into every `/v2` request at random, on top of queued faults and the
/// `X-Emulator-Fault` header: a fixed latency, a share of error answers, a share of connections
/// dropped before the request is performed and a share dropped after it. The draws come from a
/// seeded generator, so a run repeats.
public struct FaultPlan: Sendable, Equatable {
    /// Added to every request before it is handled.
    public var latency: Duration?
    /// The share (0...1) of requests answered with one of `failStatuses`.
    public var failRate: Double
    /// The statuses of a random failure, drawn in turn at random; never empty.
    public var failStatuses: [Int]
    /// The status of a random failure, the first when there are several.
    public var failStatus: Int { failStatuses[0] }
    /// Sent as `Retry-After` with a random failure, when set.
    public var retryAfterSeconds: Int?
    /// The share (0...1) of requests whose connection is closed without an answer, before they
    /// are performed.
    public var dropRate: Double
    /// The share (0...1) of requests performed, then left without an answer (the connection is
    /// closed instead).
    public var dropAnswerRate: Double
    /// Seeds the random draws.
    public var seed: UInt64

    /// A plan; the defaults inject nothing. `failStatuses`, when given, replaces `failStatus`.
    public init(
        latency: Duration? = nil, failRate: Double = 0, failStatus: Int = 503, failStatuses: [Int]? = nil,
        retryAfterSeconds: Int? = nil,
        dropRate: Double = 0, dropAnswerRate: Double = 0, seed: UInt64 = 1
    ) {
        self.dropAnswerRate = dropAnswerRate
        self.latency = latency
        self.failRate = failRate
        self.failStatuses = failStatuses.flatMap { $0.isEmpty ? nil : $0 } ?? [failStatus]
        self.retryAfterSeconds = retryAfterSeconds
        self.dropRate = dropRate
        self.seed = seed
    }

    /// No injected faults.
    public static let none = FaultPlan()

    /// A duration as flags and the fault header spell it: `200ms`, `1.5s`, or plain milliseconds.
    public static func duration(_ text: String) -> Duration? {
        FaultHeader.duration(text)
    }
}

/// The `X-Emulator-Fault` request header: `;`-separated items, applied in order.
/// `status=503` (with `retry-after=1` for its `Retry-After`), `delay=200ms` (`ms`, `s`, or plain
/// milliseconds), `drop`, and `drop-answer` (perform the request, then drop the connection).
/// Example: `X-Emulator-Fault: delay=100ms;status=503;retry-after=1`.
enum FaultHeader {
    static let name = "X-Emulator-Fault"

    /// The faults the header asks for; nil when it is not understood.
    static func parse(_ text: String) -> [Fault]? {
        var faults: [Fault] = []
        var status: Int?
        var retryAfter: Int?
        for item in text.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            switch (pair[0].lowercased(), pair.count == 2 ? pair[1] : nil) {
            case ("drop", nil): faults.append(.dropConnection)
            case ("drop-answer", nil): faults.append(.dropAnswer)
            case ("status", let value?):
                guard let code = Int(value), (100...599).contains(code) else { return nil }
                status = code
            case ("retry-after", let value?):
                guard let seconds = Int(value), seconds >= 0 else { return nil }
                retryAfter = seconds
            case ("delay", let value?):
                guard let duration = duration(value) else { return nil }
                faults.append(.delay(duration))
            default: return nil
            }
        }
        if let status { faults.append(.status(status, retryAfterSeconds: retryAfter)) }
        return faults
    }

    /// `200ms`, `1.5s`, or a plain number of milliseconds; at most an hour (`delay=1e30` would
    /// overflow a clock, and no test waits longer).
    static func duration(_ text: String) -> Duration? {
        let lower = text.lowercased()
        let (number, scale): (Substring, Double) =
            lower.hasSuffix("ms")
            ? (lower.dropLast(2), 1e-3) : lower.hasSuffix("s") ? (lower.dropLast(), 1) : (lower[...], 1e-3)
        guard let value = Double(number), value >= 0, value * scale <= 3_600 else { return nil }
        return .milliseconds(Int64((value * scale * 1000).rounded()))
    }
}
