import Foundation

/// The timestamp spellings the emulator writes.
enum Timestamp {
    /// `2014-10-09T12:26:26.233501Z`: events, results, log files, agents. The documentation's
    /// samples mix spellings; the emulator writes this one everywhere.
    static func microseconds(_ date: Date) -> String {
        format(date, fractionDigits: 6)
    }

    /// The date a timestamp the emulator wrote names; nil for any other text.
    static func date(from text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    /// `2014-11-24T22:05:39.115Z`: Identity's token expiry.
    static func milliseconds(_ date: Date) -> String {
        format(date, fractionDigits: 3)
    }

    /// `2014-10-09 12:26:26.233` in UTC, as driveclient log lines start.
    static func logLine(_ date: Date) -> String {
        let parts = components(date, fractionDigits: 3)
        return "\(parts.day) \(parts.time).\(parts.fraction)"
    }

    private static func format(_ date: Date, fractionDigits: Int) -> String {
        let parts = components(date, fractionDigits: fractionDigits)
        return "\(parts.day)T\(parts.time).\(parts.fraction)Z"
    }

    private static func components(_ date: Date, fractionDigits: Int) -> (day: String, time: String, fraction: String) {
        let interval = date.timeIntervalSince1970
        var seconds = Int(interval.rounded(.down))
        let scale = Int(pow(10, Double(fractionDigits)))
        var fraction = Int(((interval - Double(seconds)) * Double(scale)).rounded(.down))
        if fraction >= scale {
            seconds += 1
            fraction -= scale
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        let day = "\(pad(c.year!, 4))-\(pad(c.month!, 2))-\(pad(c.day!, 2))"
        let time = "\(pad(c.hour!, 2)):\(pad(c.minute!, 2)):\(pad(c.second!, 2))"
        return (day, time, pad(fraction, fractionDigits))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
