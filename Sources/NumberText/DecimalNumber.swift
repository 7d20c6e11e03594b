/// A decimal number as written (`42`, `1.5`, `2.5e-3`), read exactly rather than through `Double`,
/// so that a duration's text gives back the very same duration.
struct DecimalNumber {
    /// The significant digits as an integer; digits past the 35th are dropped, which keeps
    /// `significand * 864` (a day, in units of 10^20 attoseconds) within `Int128`.
    var significand: Int128 = 0
    /// The power of ten `significand` is scaled by.
    var exponent = 0
    /// True when written with neither a fraction nor an exponent.
    var isInteger = true

    static let maximumDigits = 35
    /// Exponents are clamped to this: a larger one is already far out of any range.
    static let maximumExponent = 100_000

    /// Reads `digits ['.' digits] [('e' | 'E') ['+' | '-'] digits]` at `index`, moving `index` past it.
    /// Nil (and `index` unchanged) when no digit is at `index` or a '.' is not followed by one;
    /// an `e` that does not start an exponent is left unread.
    static func read(_ bytes: [UInt8], at index: inout Int) -> DecimalNumber? {
        var number = DecimalNumber()
        var position = index
        var digitCount = 0
        func digits(fraction: Bool) -> Bool {
            let start = position
            while position < bytes.count, let digit = Self.digit(bytes[position]) {
                position += 1
                if number.significand == 0 && digit == 0 {
                    if fraction { number.exponent -= 1 }
                } else if digitCount < maximumDigits {
                    number.significand = number.significand * 10 + Int128(digit)
                    digitCount += 1
                    if fraction { number.exponent -= 1 }
                } else if !fraction {
                    number.exponent += 1
                }
            }
            return position > start
        }
        guard digits(fraction: false) else { return nil }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits(fraction: true) else { return nil }
            number.isInteger = false
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            var end = position + 1
            var negative = false
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") {
                negative = bytes[end] == UInt8(ascii: "-")
                end += 1
            }
            var power = 0
            let start = end
            while end < bytes.count, let digit = Self.digit(bytes[end]) {
                power = min(power * 10 + digit, maximumExponent)
                end += 1
            }
            if end > start {
                number.exponent += negative ? -power : power
                number.isInteger = false
                position = end
            }
        }
        index = position
        return number
    }

    static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// The number times `unit * 10^power`, rounded half up to a whole number; nil when that is
    /// beyond `Int128`. `unit` is at most 1,000.
    func scaled(by unit: Int128, power: Int) -> Int128? {
        if significand == 0 { return 0 }
        let shift = exponent + power
        if shift >= 0 {
            guard shift <= 38 else { return nil }
            let (product, overflow) = (significand * unit).multipliedReportingOverflow(by: Self.powerOfTen(shift))
            return overflow ? nil : product
        }
        // significand * unit < 10^38, so past 10^-38 the product rounds to zero.
        guard shift >= -38 else { return 0 }
        let divisor = Self.powerOfTen(-shift)
        return (significand * unit + divisor / 2) / divisor
    }

    static func powerOfTen(_ power: Int) -> Int128 {
        var result: Int128 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }
}
