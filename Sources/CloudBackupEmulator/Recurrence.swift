import Foundation

/// The RRULE forms the service uses: `FREQ=HOURLY|DAILY|WEEKLY`, `INTERVAL`, and for daily and
/// weekly rules `BYHOUR`, `BYMINUTE` and (weekly) `BYDAY`. Times are computed in UTC.
struct Recurrence: Sendable, Equatable {
    enum Frequency: String, Sendable {
        case hourly = "HOURLY"
        case daily = "DAILY"
        case weekly = "WEEKLY"
    }

    var frequency: Frequency
    var interval: Int
    var hour: Int?
    var minute: Int?
    /// 1 = Sunday ... 7 = Saturday, as `Calendar` counts.
    var weekday: Int?

    private static let weekdays = ["SU": 1, "MO": 2, "TU": 3, "WE": 4, "TH": 5, "FR": 6, "SA": 7]

    /// Parses `RRULE:FREQ=...;...`; nil when the rule is not one of the supported forms.
    init?(_ text: String) {
        guard text.hasPrefix("RRULE:") else { return nil }
        var fields: [String: String] = [:]
        for part in text.dropFirst(6).split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, fields[pair[0]] == nil else { return nil }
            fields[pair[0]] = pair[1]
        }
        guard let frequency = fields["FREQ"].flatMap(Frequency.init(rawValue:)) else { return nil }
        self.frequency = frequency
        interval = fields["INTERVAL"].flatMap { Int($0) } ?? 1
        hour = fields["BYHOUR"].flatMap { Int($0) }
        minute = fields["BYMINUTE"].flatMap { Int($0) }
        weekday = fields["BYDAY"].flatMap { Self.weekdays[$0] }
        let known: Set<String> = ["FREQ", "INTERVAL", "BYHOUR", "BYMINUTE", "BYDAY"]
        guard Set(fields.keys).isSubset(of: known), interval >= 1 else { return nil }
        if let hour, !(0...23).contains(hour) { return nil }
        if let minute, !(0...59).contains(minute) { return nil }
        if fields["BYDAY"] != nil, weekday == nil || frequency != .weekly { return nil }
    }

    /// The next `count` run times after `date`, for a schedule that started at `start`.
    func nextTimes(after date: Date, start: Date, count: Int) -> [Date] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var times: [Date] = []
        switch frequency {
        case .hourly:
            let step = Double(interval) * 3600
            let elapsed = max(0, date.timeIntervalSince(start))
            var next = start.addingTimeInterval((elapsed / step).rounded(.down) * step + step)
            while times.count < count {
                times.append(next)
                next = next.addingTimeInterval(step)
            }
        case .daily, .weekly:
            var components = DateComponents()
            components.hour = hour ?? calendar.component(.hour, from: start)
            components.minute = minute ?? calendar.component(.minute, from: start)
            components.second = 0
            if frequency == .weekly { components.weekday = weekday ?? calendar.component(.weekday, from: start) }
            var cursor = date
            let stride: Double = (frequency == .weekly ? 7 : 1) * 86_400 * Double(interval - 1)
            while times.count < count,
                let next = calendar.nextDate(after: cursor, matching: components, matchingPolicy: .nextTime)
            {
                times.append(next)
                cursor = next.addingTimeInterval(stride)
            }
        }
        return times
    }
}
