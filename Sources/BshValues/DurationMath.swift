/// Overflow-safe duration arithmetic, done in attoseconds as `Int128`.
enum DurationMath {
    static let attosecondsPerSecond: Int128 = 1_000_000_000_000_000_000

    static func attoseconds(_ duration: Duration) -> Int128 {
        let (seconds, attoseconds) = duration.components
        return Int128(seconds) * attosecondsPerSecond + Int128(attoseconds)
    }

    static func duration(_ attoseconds: Int128) throws -> Duration {
        let (seconds, rest) = attoseconds.quotientAndRemainder(dividingBy: attosecondsPerSecond)
        guard let wholeSeconds = Int64(exactly: seconds) else { throw ValueError("duration overflow") }
        return Duration(secondsComponent: wholeSeconds, attosecondsComponent: Int64(rest))
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
            guard !overflow else { throw ValueError("duration overflow") }
            return try duration(product)
        case .double(let d):
            if divide && d == 0 { throw ValueError("division by zero") }
            let result = divide ? Double(x) / d : Double(x) * d
            guard result.isFinite, abs(result) < 1.7e38 else { throw ValueError("duration overflow") }
            return try duration(Int128(result.rounded()))
        default:
            throw ValueError("a duration can only be scaled by a number, not \(factor.described)")
        }
    }
}
