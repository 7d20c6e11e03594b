import Synchronization

/// How soon agents have answered the browse requests of one walk, shared by its concurrent
/// listings: the first poll for a directory comes at half the quickest answer seen so far, so that
/// a walk over an agent that answers in milliseconds is not paced by `wait`'s 140 ms, while one over
/// an agent that takes seconds does not poll it more than `wait` would.
final class AnswerTimes: Sendable {
    /// Never poll sooner than this after asking.
    static let floor = Duration.milliseconds(5)

    private let quickest: Mutex<Duration?> = Mutex(nil)
    private let initial: Duration

    init(initial: Duration) {
        self.initial = initial
    }

    /// When to look for the answer first, after asking.
    var firstPoll: Duration {
        quickest.withLock { $0.map { max(Self.floor, $0 / 2) } ?? initial }
    }

    /// Notes that an answer was there `elapsed` after asking.
    func answered(after elapsed: Duration) {
        quickest.withLock { $0 = min($0 ?? elapsed, elapsed) }
    }
}
