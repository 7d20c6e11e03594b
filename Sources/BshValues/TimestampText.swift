/// The service's timestamps (ISO 8601, such as `2014-10-09T12:26:26.233501Z` or
/// `2014-10-27T18:22:00.238640+00:00`) read into seconds since 1970, and written for people.
public enum TimestampText {
    /// Seconds since 1970 (UTC) of an ISO 8601 date and time with a `Z` or `±HH:MM` offset; nil for
    /// anything else.
    public static func seconds(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
              let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            let start = index
            while index < bytes.count, let digit = digit(bytes[index]) {
                fraction += Double(digit) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        guard let offset = offset(bytes[index...]) else { return nil }
        let days = daysSince1970(year: year, month: month, day: day)
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second - offset) + fraction
    }

    /// `YYYY-MM-DD HH:MM` of a moment, at `offset` seconds east of UTC.
    public static func minutes(_ seconds: Double, offset: Int) -> String {
        let local = Int((seconds + Double(offset)).rounded(.down))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        let minuteOfDay = (local - days * 86_400) / 60
        let date = "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        return date + " \(padded(minuteOfDay / 60, 2)):\(padded(minuteOfDay % 60, 2))"
    }

    /// How long ago `seconds` was at `now`, in its largest whole unit: `45s`, `12m`, `3h`, `2d`; a
    /// moment to come reads `in 3h`.
    public static func age(_ seconds: Double, now: Double) -> String {
        let elapsed = now - seconds
        let span = Int(abs(elapsed).rounded(.down))
        let text = span < 60 ? "\(span)s" : span < 3_600 ? "\(span / 60)m" : span < 86_400 ? "\(span / 3_600)h" : "\(span / 86_400)d"
        return elapsed < 0 && span > 0 ? "in " + text : text
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` after 1970-01-01.
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Seconds east of UTC of a `Z` or `±HH:MM` (or `±HHMM`) suffix that ends the text.
    private static func offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let sign = bytes.first else { return nil }
        if sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z") { return bytes.count == 1 ? 0 : nil }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = Array(bytes.dropFirst().filter { $0 != UInt8(ascii: ":") })
        guard digits.count == 4, bytes.count <= 6, let hours = number(digits, 0, 2), let minutes = number(digits, 2, 2) else {
            return nil
        }
        let offset = hours * 3_600 + minutes * 60
        return sign == UInt8(ascii: "+") ? offset : -offset
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<start + count] {
            guard let digit = digit(byte) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
