import BshValues

/// What the block a parallel loop shows on a terminal holds: how many iterations have ended (well
/// or failed) of how many, and one lane per running iteration with its label, the command it runs,
/// the figures of the job it waits for, and when it started.
struct FanOutBoard: Sendable, Equatable {
    /// One running iteration.
    struct Lane: Sendable, Equatable {
        /// Its position in the loop's list: lanes are shown in the list's order.
        var index: Int
        var label: String
        /// The command it runs (`backup start`, `wait`); empty before its first command.
        var command = ""
        /// The job its `wait` follows, once read; cleared when the next command starts.
        var job: ProgressRecord?
        /// When it started, from the loop's start.
        var started: Duration
    }

    /// How many iterations the loop has.
    let total: Int
    var done = 0
    var failed = 0
    /// The running iterations, by their index.
    private(set) var lanes: [Int: Lane] = [:]

    init(total: Int) {
        self.total = total
    }

    var running: Int { lanes.count }

    mutating func start(_ index: Int, label: String, at time: Duration) {
        lanes[index] = Lane(index: index, label: label, started: time)
    }

    mutating func run(_ index: Int, command: String) {
        lanes[index]?.command = command
        lanes[index]?.job = nil
    }

    mutating func show(_ index: Int, job: ProgressRecord) {
        lanes[index]?.job = job
    }

    mutating func finish(_ index: Int, failed: Bool) {
        guard lanes.removeValue(forKey: index) != nil else { return }
        if failed { self.failed += 1 } else { done += 1 }
    }

    /// The block's lines at `time` (from the loop's start) for a terminal `width` columns wide and
    /// `height` lines high: a summary, then a line per running iteration in the list's order, at most
    /// `height - 2` lines in all, the last saying how many more run when not all fit. No line is as
    /// wide as the terminal, so none wraps; colours only when `colors` is true.
    func lines(at time: Duration, width: Int, height: Int, colors: Bool) -> [String] {
        let room = max(1, height - 2)
        let cut = max(1, width - 1)
        var lines = [summary(colors: colors, width: cut)]
        let ordered = lanes.values.sorted { $0.index < $1.index }
        let shown = ordered.count < room ? ordered.count : max(0, room - 2)
        let labelWidth = min(ordered.prefix(shown).map(\.label.count).max() ?? 0, max(8, cut / 4))
        for lane in ordered.prefix(shown) {
            lines.append(Self.line(lane, at: time, labelWidth: labelWidth, width: cut, colors: colors))
        }
        if shown < ordered.count, lines.count < room {
            let more = TableFitting.truncated("+\(ordered.count - shown) more running", to: cut)
            lines.append(colors ? "\u{1B}[2m\(more)\u{1B}[0m" : more)
        }
        return lines
    }

    /// `parallel: 3 done, 1 failed, 4 running of 12`.
    private func summary(colors: Bool, width: Int) -> String {
        let parts = [
            ("parallel:", "1"), ("\(done) done,", "32"), ("\(failed) failed,", failed > 0 ? "31" : nil),
            ("\(running) running of \(total)", nil),
        ]
        let plain = parts.map(\.0).joined(separator: " ")
        guard colors, plain.count <= width else { return TableFitting.truncated(plain, to: width) }
        return parts.map { text, code in code.map { "\u{1B}[\($0)m\(text)\u{1B}[0m" } ?? text }.joined(separator: " ")
    }

    /// `web01     backup 1a2b3c4d  in_progress  27%  12.3 MB of 45.6 MB  3.10 MB/s  ETA 10s  1m05s`:
    /// the label padded to the column, what runs cut to fit, and the time since it started, always shown.
    private static func line(_ lane: Lane, at time: Duration, labelWidth: Int, width: Int, colors: Bool) -> String {
        let label = TableFitting.truncated(lane.label, to: labelWidth)
        let padded = label + String(repeating: " ", count: max(0, labelWidth - label.count))
        let elapsed = elapsedText(time - lane.started)
        let doing = lane.job?.figures ?? lane.command
        let room = width - padded.count - elapsed.count - 4
        guard room > 0 else { return TableFitting.truncated("\(label)  \(elapsed)", to: width) }
        let activity = doing.isEmpty ? "" : TableFitting.truncated(doing, to: room) + "  "
        return (colors ? "\u{1B}[1m\(padded)\u{1B}[0m" : padded) + "  " + activity + elapsed
    }

    /// `7s`, `3m05s`, `1h02m`: whole seconds, so that the line does not flicker.
    static func elapsedText(_ duration: Duration) -> String {
        let seconds = max(0, Int(duration.components.seconds))
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" + String(format: "%02ds", seconds % 60) }
        return "\(seconds / 3600)h" + String(format: "%02dm", seconds % 3600 / 60)
    }

    /// How an iteration is named in its lane: a record's `name`, else its `id`, else its first field
    /// holding a string or a number; any other value as it prints. One line.
    static func label(for item: Value) -> String {
        var text: String?
        if case .record(let record) = item {
            let scalar: (Value) -> String? = { value in
                switch value {
                case .string(let string) where !string.isEmpty: string
                case .int(let int): String(int)
                default: nil
                }
            }
            text = record["name"].flatMap(scalar) ?? record["id"].flatMap(scalar)
                ?? record.fields.lazy.compactMap({ scalar($0.value) }).first
        }
        let label = text ?? item.text()
        return String(label.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
