/// Number literals of the language: plain numbers, byte sizes and durations.
public enum NumberLiteral {
    /// Byte size suffixes and their multipliers; case matters (`5M` is megabytes, `5m` minutes).
    static let sizes: [String: Int] = [
        "b": 1, "B": 1,
        "k": 1000, "K": 1000, "kB": 1000, "KB": 1000, "KiB": 1 << 10,
        "M": 1_000_000, "MB": 1_000_000, "MiB": 1 << 20,
        "G": 1_000_000_000, "GB": 1_000_000_000, "GiB": 1 << 30,
        "T": 1_000_000_000_000, "TB": 1_000_000_000_000, "TiB": 1 << 40,
    ]

    /// Duration suffixes and their length in seconds.
    static let durations: [String: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86400]

    /// Parses `42` and `-3` (`.int`), `1.5` and `1e3` (`.double`), byte sizes such as `10MB` or
    /// `1.5GiB` (`.int` bytes, rounded) and durations `500ms`, `30s`, `5m`, `1h`, `2d`, `1.5s`.
    /// Nil for anything else, and when the number does not fit.
    public static func parse(_ text: String) -> Value? {
        // Plain integers are most literals in scripts: read them without building anything.
        if let integer = Int(text), text.utf8.first != UInt8(ascii: "+") { return .int(integer) }
        let scalars = Array(text.unicodeScalars)
        var end = 0
        func digits() -> Bool {
            let start = end
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            return end > start
        }
        if scalars.first == "-" { end = 1 }
        guard digits() else { return nil }
        var isInteger = true
        if end < scalars.count, scalars[end] == "." {
            end += 1
            guard digits() else { return nil }
            isInteger = false
        }
        if end < scalars.count, scalars[end] == "e" || scalars[end] == "E" {
            let mark = end
            end += 1
            if end < scalars.count, scalars[end] == "+" || scalars[end] == "-" { end += 1 }
            if digits() { isInteger = false } else { end = mark }
        }
        let number = String(String.UnicodeScalarView(scalars[..<end]))
        let suffix = String(String.UnicodeScalarView(scalars[end...]))
        if suffix.isEmpty {
            if isInteger { return Int(number).map(Value.int) }
            return Double(number).flatMap { $0.isFinite ? .double($0) : nil }
        }
        if let multiplier = sizes[suffix] {
            return size(number, isInteger: isInteger, multiplier: multiplier)
        }
        if suffix == "ms" { return duration(number, isInteger: isInteger, milliseconds: 1) }
        if let seconds = durations[suffix] { return duration(number, isInteger: isInteger, milliseconds: seconds * 1000) }
        return nil
    }

    static func size(_ number: String, isInteger: Bool, multiplier: Int) -> Value? {
        if isInteger {
            guard let count = Int(number) else { return nil }
            let (bytes, overflow) = count.multipliedReportingOverflow(by: multiplier)
            return overflow ? nil : .int(bytes)
        }
        guard let count = Double(number) else { return nil }
        return Int(exactly: (count * Double(multiplier)).rounded()).map(Value.int)
    }

    static func duration(_ number: String, isInteger: Bool, milliseconds unit: Int64) -> Value? {
        if isInteger {
            guard let count = Int64(number) else { return nil }
            let (total, overflow) = count.multipliedReportingOverflow(by: unit)
            return overflow ? nil : .duration(.milliseconds(total))
        }
        guard let count = Double(number) else { return nil }
        let milliseconds = count * Double(unit)
        let whole = milliseconds.rounded(.towardZero)
        guard let wholeMilliseconds = Int64(exactly: whole) else { return nil }
        let nanoseconds = ((milliseconds - whole) * 1_000_000).rounded()
        return .duration(.milliseconds(wholeMilliseconds) + .nanoseconds(Int64(nanoseconds)))
    }
}
