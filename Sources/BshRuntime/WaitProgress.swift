import BshValues
/// The one-line indicator `wait` shows on a terminal once it has waited half a second: a turning
/// bar, the time so far and what it waits for (for a job, its progress line), erased before
/// anything else is printed. Never shown when standard error is not a terminal or results are JSON.
struct WaitProgress {
    private static let frames = ["|", "/", "-", "\\"]
    private static let delay = Duration.milliseconds(500)
    /// How often the line is redrawn while shown.
    static let refresh = Duration.milliseconds(200)
    /// The longest line drawn.
    static let width = 79

    let host: any ShellHost
    let enabled: Bool
    let subject: String
    private var frame = 0
    private var shown = false
    /// The job's progress, shown instead of what is waited for once known.
    var job: ProgressRecord?

    init(host: any ShellHost, enabled: Bool, subject: String) {
        self.host = host
        self.enabled = enabled
        self.subject = subject
    }

    mutating func update(elapsed: Duration) {
        guard enabled, elapsed >= Self.delay else { return }
        let text: String
        if var job {
            job.elapsed = elapsed
            text = job.line
        } else {
            text = "\(DurationText.approximate(elapsed))  waiting for \(subject)"
        }
        // One line of an 80-column terminal at most: a line that wraps cannot be redrawn in place.
        let drawn = "\(Self.frames[frame % Self.frames.count]) \(text)"
        host.writeError("\r\u{1B}[K" + String(drawn.prefix(Self.width)))
        frame += 1
        shown = true
    }

    mutating func clear() {
        guard shown else { return }
        host.writeError("\r\u{1B}[K")
        shown = false
    }
}
