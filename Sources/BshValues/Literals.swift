import NumberText

/// Number literals of the language: plain numbers, byte sizes and durations.
public enum NumberLiteral {
    /// Parses `42` and `-3` (`.int`), `1.5`, `1e3` and `2.5e-3` (`.double`), byte sizes such as `10MB`
    /// or `1.5GiB` (`.int` bytes, rounded) and durations `500ms`, `30s`, `5m`, `1h`, `2d`, `1.5s`,
    /// `1m30s`, `-2s` (to the nearest nanosecond). Nil for anything else, and when the number does not fit.
    public static func parse(_ text: String) -> Value? {
        // Plain integers are most literals in scripts: read them without building anything.
        if let integer = Int(text), text.utf8.first != UInt8(ascii: "+") { return .int(integer) }
        switch NumberReading(Array(text.utf8)) {
        case .int(let int): return .int(int)
        case .double(let double): return .double(double)
        case .bytes(let bytes): return .int(bytes)
        case .duration(let attoseconds):
            return .duration(DurationMath.duration(exactly: DurationMath.nearestNanosecond(attoseconds)))
        case .tooLarge, .invalid: return nil
        }
    }
}
