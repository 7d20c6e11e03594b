/// The line a walk of a tree (`find`, `estimate`, `diff`) shows on a terminal: how many directories
/// it has listed and how many entries it has seen, redrawn at most five times a second and erased
/// at the end. Never shown when standard error is not a terminal or results are JSON.
struct WalkProgress {
    private static let refresh = Duration.milliseconds(200)

    let host: any ShellHost
    let enabled: Bool
    private var directories = 0
    private var entries = 0
    private var lastDrawn: ContinuousClock.Instant?

    init(host: any ShellHost, enabled: Bool) {
        self.host = host
        self.enabled = enabled
    }

    mutating func listed(entries count: Int) {
        directories += 1
        entries += count
        guard enabled else { return }
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < Self.refresh { return }
        lastDrawn = now
        host.writeError("\r\u{1B}[Kbrowsing: \(directories) directories listed, \(entries) entries")
    }

    mutating func clear() {
        guard lastDrawn != nil else { return }
        host.writeError("\r\u{1B}[K")
        lastDrawn = nil
    }
}
