import BshValues
import Foundation

/// The morning report's table.
extension Renderer {
    /// On a terminal the end time shows as local time with its age and the size in binary units (as
    /// other tables); the day glyphs are never cut, and are coloured once the table is fitted, since
    /// colour codes would count as width.
    func report(_ records: [ReportRecord]) {
        var table = Table(columns: [
            .init("AGENT"), .init("CONFIGURATION"), .init("FLAG", kind: .word), .init("STATE", kind: .word),
            .init("ENDED", kind: .time, showsAge: true), .init("SIZE", .right, kind: .size), .init("HISTORY", kind: .word),
        ])
        let plain = records.map { HistoryGlyphs.draw($0.history, colors: false) }
        for (record, history) in zip(records, plain) {
            table.add([
                record.agent, record.configuration + (record.enabled ? "" : " (disabled)"), record.flag.rawValue,
                record.state ?? "-", record.endedTime ?? "-", record.bytes.map(String.init) ?? "-", history,
            ])
        }
        guard format == .table, host.colorsOutput else { return write(table) }
        var lines = table.render(boldHeader: true, display: display).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, record) in records.enumerated() where index + 1 < lines.count && !plain[index].isEmpty {
            let line = lines[index + 1]
            guard line.hasSuffix(plain[index]) else { continue }
            lines[index + 1] = line.dropLast(plain[index].count) + HistoryGlyphs.draw(record.history, colors: true)[...]
        }
        host.writeOutput(lines.joined(separator: "\n"))
    }

    /// `2026-12-04T02:01:34.000000Z` as `2026-12-04 02:01`.
    static func shortTime(_ timestamp: String) -> String {
        String(timestamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// An age in its two largest units: `45s`, `12m`, `15h34m`, `5d3h`.
    static func age(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 2 * 86_400 { return "\(seconds / 3600)h\(seconds % 3600 / 60)m" }
        return "\(seconds / 86_400)d\(seconds % 86_400 / 3600)h"
    }

    /// A byte count in decimal units with three significant digits: `940 B`, `1.21 MB`, `38.4 GB`.
    static func size(_ bytes: Int) -> String {
        let units = ["B", "kB", "MB", "GB", "TB", "PB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 999.5, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        let digits = value < 9.995 ? 2 : value < 99.95 ? 1 : 0
        return String(format: "%.\(digits)f", value) + " " + units[unit]
    }
}
