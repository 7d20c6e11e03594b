import NumberText

/// Overflow-safe duration arithmetic, done in attoseconds as `Int128`. Results are whole
/// nanoseconds, as literals are, and no longer than `DurationText.maximum` either way.
enum DurationMath {
    static let attosecondsPerSecond: Int128 = 1_000_000_000_000_000_000
    static let attosecondsPerNanosecond: Int128 = 1_000_000_000
    /// `DurationText.maximum` in attoseconds.
    static let maximumAttoseconds = DurationReading.maximumAttoseconds

    static func attoseconds(_ duration: Duration) -> Int128 {
        let (seconds, attoseconds) = duration.components
        return Int128(seconds) * attosecondsPerSecond + Int128(attoseconds)
    }

    static let overflow = ValueError("duration overflow", hint: "durations go up to about 292 million years")

    /// The duration of `attoseconds`, which must be within `maximumAttoseconds` either way.
    static func duration(exactly attoseconds: Int128) -> Duration {
        let (seconds, rest) = attoseconds.quotientAndRemainder(dividingBy: attosecondsPerSecond)
        return Duration(secondsComponent: Int64(seconds), attosecondsComponent: Int64(rest))
    }

    /// The result of arithmetic, to the nearest nanosecond; "duration overflow" when too long.
    static func duration(_ attoseconds: Int128) throws -> Duration {
        guard attoseconds <= maximumAttoseconds, attoseconds >= -maximumAttoseconds else {
            throw overflow
        }
        return duration(exactly: nearestNanosecond(attoseconds))
    }

    /// Rounds half away from zero. The maximum is whole nanoseconds, so a duration within it stays within it.
    static func nearestNanosecond(_ attoseconds: Int128) -> Int128 {
        let (nanoseconds, rest) = attoseconds.quotientAndRemainder(dividingBy: attosecondsPerNanosecond)
        let carry: Int128 = rest * 2 >= attosecondsPerNanosecond ? 1 : rest * 2 <= -attosecondsPerNanosecond ? -1 : 0
        return (nanoseconds + carry) * attosecondsPerNanosecond
    }

    static func combine(_ a: Duration, _ b: Duration, subtract: Bool) throws -> Duration {
        let (x, y) = (attoseconds(a), attoseconds(b))
        return try duration(subtract ? x - y : x + y)
    }

    static func ratio(_ a: Duration, _ b: Duration) throws -> Double {
        guard b != .zero else { throw ValueError("division by zero") }
        return Double(attoseconds(a)) / Double(attoseconds(b))
    }

    /// Multiplies or divides a duration by a number (an int or a double).
    static func scale(_ a: Duration, by factor: Value, divide: Bool) throws -> Duration {
        let x = attoseconds(a)
        switch factor {
        case .int(let n):
            if divide {
                guard n != 0 else { throw ValueError("division by zero") }
                return try duration(x / Int128(n))
            }
            let (product, overflow) = x.multipliedReportingOverflow(by: Int128(n))
            guard !overflow else { throw Self.overflow }
            return try duration(product)
        case .double(let d):
            if divide && d == 0 { throw ValueError("division by zero") }
            let result = divide ? Double(x) / d : Double(x) * d
            guard !result.isNaN else {
                throw ValueError("\(DurationText.format(a)) \(divide ? "/" : "*") \(factor.text()) is not a number")
            }
            guard abs(result) <= Double(maximumAttoseconds) else { throw overflow }
            return try duration(Int128(result.rounded()))
        default:
            throw ValueError("a duration can only be scaled by a number, not \(factor.described)")
        }
    }
}
