import NumberText

extension DurationText {
    /// The exact text of any duration: `850ms`, `1.5ms`, `12.34s`, `1m30s`, `2d`, `1h0m0.5s`, `-30s`.
    /// `parse` reads it back to the same duration (a negative one reads back as a number literal).
    public static func format(_ duration: Duration) -> String {
        let attoseconds = DurationMath.attoseconds(duration)
        let sign = attoseconds < 0 ? "-" : ""
        let magnitude = attoseconds < 0 ? -attoseconds : attoseconds
        let second = DurationUnit.seconds.attoseconds
        if magnitude < second {
            let (whole, fraction) = magnitude.quotientAndRemainder(dividingBy: DurationUnit.milliseconds.attoseconds)
            return sign + "\(whole)" + decimals(fraction, places: 15) + "ms"
        }
        let (seconds, fraction) = magnitude.quotientAndRemainder(dividingBy: second)
        let parts: [(value: Int128, unit: DurationUnit)] = [
            (seconds / 86_400, .days), (seconds % 86_400 / 3600, .hours), (seconds % 3600 / 60, .minutes), (seconds % 60, .seconds),
        ]
        // From the largest unit in use down to the smallest, zeros between included: `1h0m5s`.
        let first = parts.firstIndex { $0.value != 0 } ?? parts.count - 1
        let last = fraction != 0 ? parts.count - 1 : parts.lastIndex { $0.value != 0 } ?? first
        var text = sign
        for (value, unit) in parts[first...last] {
            text += "\(value)" + (unit == .seconds ? decimals(fraction, places: 18) : "") + unit.suffix
        }
        return text
    }

    /// `.` and the digits of `fraction / 10^places` without trailing zeros; empty for zero.
    static func decimals(_ fraction: Int128, places: Int) -> String {
        guard fraction != 0 else { return "" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: places - digits.count) + digits
        while digits.last == "0" { digits.removeLast() }
        return "." + digits
    }

    /// A short, rounded form for messages about elapsed time: `850ms`, `12.3s`, `2m5s`, `1h2m`.
    public static func approximate(_ duration: Duration) -> String {
        let attoseconds = DurationMath.attoseconds(duration)
        let milliseconds = (attoseconds < 0 ? -attoseconds : attoseconds) / DurationUnit.milliseconds.attoseconds
        return (attoseconds < 0 ? "-" : "") + approximate(milliseconds: milliseconds)
    }

    static func approximate(milliseconds: Int128) -> String {
        if milliseconds < 1000 { return "\(milliseconds)ms" }
        if milliseconds < 60_000 {
            let tenths = (milliseconds + 50) / 100
            return tenths % 10 == 0 ? "\(tenths / 10)s" : "\(tenths / 10).\(tenths % 10)s"
        }
        let seconds = milliseconds / 1000
        let (minutes, rest) = (seconds / 60, seconds % 60)
        if minutes < 60 { return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s" }
        return "\(minutes / 60)h\(minutes % 60)m"
    }
}
