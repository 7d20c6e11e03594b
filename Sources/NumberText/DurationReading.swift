/// A duration read from text: components `NUMBER UNIT` with units in decreasing order (`1m30s`,
/// `1h2m3.5s`, `2d`, `500ms`), exactly, to the attosecond. Numbers are decimal: digits, an optional
/// fraction and exponent (`1.5`, `1e-3`), with no sign, hex or other spelling.
public enum DurationReading: Equatable, Sendable {
    /// The duration, in attoseconds.
    case attoseconds(Int128)
    /// A duration longer than `maximumAttoseconds`.
    case tooLarge
    /// Not a duration.
    case invalid

    /// The longest duration: 2^63 - 1 milliseconds (about 292 million years), in attoseconds.
    public static let maximumAttoseconds = Int128(Int64.max) * 1_000_000_000_000_000

    /// Reads `text`, after a `-` when `signed`; with `plainSeconds`, a lone number is seconds.
    public init(_ text: [UInt8], signed: Bool, plainSeconds: Bool) {
        var index = 0
        let negative = signed && text.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var total: Int128 = 0
        var tooLarge = false
        var previousUnit: DurationUnit?
        while index < text.count || previousUnit == nil {
            guard let number = DecimalNumber.read(text, at: &index) else {
                self = .invalid
                return
            }
            var unit = DurationUnit.read(text, at: &index)
            if unit == nil, plainSeconds, previousUnit == nil, index == text.count { unit = .seconds }
            guard let unit, previousUnit.map({ unit.rawValue < $0.rawValue }) ?? true else {
                self = .invalid
                return
            }
            previousUnit = unit
            if let part = number.scaled(by: unit.factor, power: unit.power), part <= Self.maximumAttoseconds - total {
                total += part
            } else {
                tooLarge = true
            }
        }
        self = tooLarge ? .tooLarge : .attoseconds(negative ? -total : total)
    }
}
