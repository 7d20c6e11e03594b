/// A configuration's days drawn as one character each: a bar as high as what the day's backups
/// copied (relative to the busiest day shown), `✗` for a failed day, `○` for a missed one, `▸` for
/// one still running and `·` for a day without backups; coloured by state when colours are on.
public enum HistoryGlyphs {
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The characters of `days`, oldest first; ANSI colours when `colors` is true.
    public static func draw(_ days: [ReportDay], colors: Bool) -> String {
        let most = days.filter { $0.state == .ok || $0.state == .partial }.map(\.bytes).max() ?? 0
        return days.map { day in
            let glyph = String(glyph(for: day, most: most))
            guard colors, let code = color(day.state) else { return glyph }
            return "\u{1B}[\(code)m" + glyph + "\u{1B}[0m"
        }.joined()
    }

    /// One day's character; `most` is the largest amount any day shown copied.
    public static func glyph(for day: ReportDay, most: Int) -> Character {
        switch day.state {
        case nil: return "·"
        case .failed: return "✗"
        case .missed: return "○"
        case .running: return "▸"
        case .ok, .partial:
            guard most > 0, day.bytes > 0 else { return bars[0] }
            let level = (day.bytes * bars.count + most - 1) / most
            return bars[min(bars.count, max(1, level)) - 1]
        }
    }

    /// The SGR colour of a day's state: green, cyan, yellow, magenta, red; dim for no backup.
    static func color(_ state: ReportDayState?) -> String? {
        switch state {
        case nil: "2"
        case .ok: "32"
        case .running: "36"
        case .partial: "33"
        case .missed: "35"
        case .failed: "31"
        }
    }
}
