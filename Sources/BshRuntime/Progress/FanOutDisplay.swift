/// A parallel loop's block on a terminal: the board's lines at the bottom of standard error (shown
/// by the host, which keeps them below whatever else is written), redrawn when something changes (an
/// iteration starts or ends, a command starts, a job's figures come), at most ten times a second,
/// and every second while it runs so that the iterations' times advance; removed when the loop ends.
final class FanOutDisplay: Sendable {
    /// The least time between two drawings for a change; a change within it is drawn when it ends.
    static let refresh = Duration.milliseconds(100)

    private struct State: Sendable {
        var board: FanOutBoard
        var lastDrawn: ContinuousClock.Instant?
        /// The drawing of a change that came within `refresh` of the last one.
        var deferred: Task<Void, Never>?
        /// Redraws the block every so often (`startTicking`).
        var ticker: Task<Void, Never>?
        var ended = false
    }

    private let host: any ShellHost
    private let colors: Bool
    private let refresh: Duration
    private let start = ContinuousClock.now
    private let state: PthreadLocked<State>

    init(host: any ShellHost, total: Int, refresh: Duration = FanOutDisplay.refresh) {
        self.host = host
        self.refresh = refresh
        colors = host.usesColor
        state = PthreadLocked(State(board: FanOutBoard(total: total)))
    }

    /// The time since the loop started.
    var now: Duration { ContinuousClock.now - start }

    /// Changes the board and draws it, now or once `refresh` has passed since the last drawing.
    func update(_ change: (inout FanOutBoard) -> Void) {
        state.withLock { state in
            change(&state.board)
            drawWhenDue(&state)
        }
    }

    /// Runs `write` (the host prints it above the block, which it erases first) and draws the block
    /// again, now or once `refresh` has passed: a loop whose iterations end by the hundred a second
    /// prints their output without drawing the block between each.
    func printAbove(_ write: () -> Void) {
        state.withLock { state in
            write()
            drawWhenDue(&state)
        }
    }

    /// Redraws the block every `interval` until the loop ends, so that the time each iteration has
    /// run advances while nothing else changes (a long `wait` between two polls).
    func startTicking(every interval: Duration = .seconds(1)) {
        let ticker = Task { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard let self, !Task.isCancelled else { return }
                self.update { _ in }
            }
        }
        state.withLock { state in
            if state.ended { ticker.cancel() } else { state.ticker = ticker }
        }
    }

    /// Erases the block for good: the loop has ended.
    func end() {
        state.withLock { state in
            state.ended = true
            state.ticker?.cancel()
            state.ticker = nil
            state.deferred?.cancel()
            state.deferred = nil
            host.showBlock([])
        }
    }

    private func drawWhenDue(_ state: inout State) {
        guard !state.ended, state.deferred == nil else { return }
        guard let last = state.lastDrawn, ContinuousClock.now - last < refresh else {
            draw(&state)
            return
        }
        state.deferred = Task { [self] in
            try? await Task.sleep(until: last + refresh, clock: .continuous)
            self.drawDeferred()
        }
    }

    private func drawDeferred() {
        state.withLock { state in
            state.deferred = nil
            if !state.ended { draw(&state) }
        }
    }

    /// Replaces the block with the board's lines for the terminal's size now.
    private func draw(_ state: inout State) {
        state.lastDrawn = ContinuousClock.now
        guard let area = host.progressArea else { return }
        host.showBlock(state.board.lines(at: now, width: area.columns, height: area.lines, colors: colors))
    }
}

/// What an iteration of a parallel loop shows of itself as it runs, while its output waits to be
/// printed as one group: its lane in the block, when the block is drawn, and its `--progress` records,
/// written at once to the loop's standard error with its label.
struct IterationLane: Sendable {
    let index: Int
    let label: String
    let display: FanOutDisplay?
    /// Where its progress records go: the standard error of the shell that runs the loop (or of the
    /// outermost loop's, for a loop inside an iteration).
    let records: any ShellHost

    func start() {
        guard let display else { return }
        let time = display.now
        display.update { [index, label] in $0.start(index, label: label, at: time) }
    }

    func run(command: String) {
        display?.update { [index] in $0.run(index, command: command) }
    }

    func show(job: ProgressRecord) {
        display?.update { [index] in $0.show(index, job: job) }
    }

    func finish(failed: Bool) {
        display?.update { [index] in $0.finish(index, failed: failed) }
    }
}
