/// The units of durations, smallest first: `ms`, `s`, `m`, `h`, `d` (a day is 86,400 seconds).
public enum DurationUnit: Int, CaseIterable, Sendable {
    case milliseconds, seconds, minutes, hours, days

    /// How the unit is written.
    public var suffix: String {
        switch self {
        case .milliseconds: "ms"
        case .seconds: "s"
        case .minutes: "m"
        case .hours: "h"
        case .days: "d"
        }
    }

    /// The unit's length in attoseconds.
    public var attoseconds: Int128 { factor * DecimalNumber.powerOfTen(power) }

    /// The length is `factor * 10^power` attoseconds, for `DecimalNumber.scaled`.
    var factor: Int128 {
        switch self {
        case .milliseconds, .seconds: 1
        case .minutes: 6
        case .hours: 36
        case .days: 864
        }
    }

    var power: Int {
        switch self {
        case .milliseconds: 15
        case .seconds: 18
        case .minutes: 19
        case .hours, .days: 20
        }
    }

    /// The unit at `index`, moving past it; nil, with `index` unchanged, when there is none.
    static func read(_ bytes: [UInt8], at index: inout Int) -> DurationUnit? {
        guard index < bytes.count else { return nil }
        let unit: DurationUnit? = switch bytes[index] {
        case UInt8(ascii: "m"): index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "s") ? .milliseconds : .minutes
        case UInt8(ascii: "s"): .seconds
        case UInt8(ascii: "h"): .hours
        case UInt8(ascii: "d"): .days
        default: nil
        }
        if let unit { index += unit.suffix.utf8.count }
        return unit
    }
}
