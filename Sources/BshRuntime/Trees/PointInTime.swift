import BshValues
import Foundation

/// The times `--as-of` takes and the service writes, read into dates.
enum PointInTime {
    /// `36h` or `2d` (that long before `now`), `2026-12-03` (the end of that day), or
    /// `2026-12-03T14:30`, `2026-12-03 14:30:00`, with an optional `Z` or `±HH:MM`. Times without a
    /// zone are in `timeZone`. Nil when the text is none of these.
    static func parse(_ text: String, now: Date, timeZone: TimeZone) -> Date? {
        if let duration = DurationText.parse(text) {
            guard duration >= .zero else { return nil }
            let (seconds, attoseconds) = duration.components
            return now.addingTimeInterval(-(Double(seconds) + Double(attoseconds) / 1e18))
        }
        return parseDate(text, timeZone: timeZone)
    }

    /// A timestamp as the service writes it: `2014-08-05T18:23:50.489715Z`.
    static func parseServiceTime(_ text: String) -> Date? {
        parseDate(text, timeZone: TimeZone(identifier: "UTC")!)
    }

    private static func parseDate(_ text: String, timeZone: TimeZone) -> Date? {
        var rest = Substring(text)
        guard let year = number(&rest, digits: 4), take("-", &rest), let month = number(&rest, digits: 2), take("-", &rest),
            let day = number(&rest, digits: 2)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day)
        var zone = timeZone
        if rest.isEmpty {
            // A date alone means the whole of that day: its end.
            components.day = day + 1
        } else {
            guard take("T", &rest) || take(" ", &rest), let hour = number(&rest, digits: 2), take(":", &rest),
                let minute = number(&rest, digits: 2)
            else { return nil }
            (components.hour, components.minute) = (hour, minute)
            if take(":", &rest) {
                guard let second = number(&rest, digits: 2) else { return nil }
                components.second = second
                if take(".", &rest) {
                    let digits = rest.prefix { $0.isASCII && $0.isNumber }
                    guard !digits.isEmpty else { return nil }
                    components.nanosecond = Int((Double("0." + digits) ?? 0) * 1e9)
                    rest = rest.dropFirst(digits.count)
                }
            }
            if take("Z", &rest) {
                zone = TimeZone(identifier: "UTC")!
            } else if let sign = rest.first, sign == "+" || sign == "-" {
                rest = rest.dropFirst()
                guard let hours = number(&rest, digits: 2) else { return nil }
                _ = take(":", &rest)
                guard let minutes = number(&rest, digits: 2),
                    let offset = TimeZone(secondsFromGMT: (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60))
                else { return nil }
                zone = offset
            }
            guard rest.isEmpty else { return nil }
        }
        guard (1...12).contains(month), (1...31).contains(day), (components.hour ?? 0) < 24, (components.minute ?? 0) < 60,
            (components.second ?? 0) < 61
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // The calendar would carry 2026-02-30 over to March: a day the month does not have is refused.
        guard let named = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: named) == day
        else { return nil }
        components.timeZone = zone
        return calendar.date(from: components)
    }

    private static func number(_ text: inout Substring, digits: Int) -> Int? {
        let prefix = text.prefix(digits)
        guard prefix.count == digits, prefix.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        text = text.dropFirst(digits)
        return Int(prefix)
    }

    private static func take(_ character: Character, _ text: inout Substring) -> Bool {
        guard text.first == character else { return false }
        text = text.dropFirst()
        return true
    }
}
