import NumberText

/// Durations as people type and read them: `500ms`, `30s`, `5m`, `1h`, `2d`, compound forms such as
/// `1m30s` or `1h2m3.5s`, or a number of seconds. What `format` writes, `parse` reads back exactly.
public enum DurationText {
    /// The longest duration there is room for: 2^63 - 1 milliseconds, about 292 million years.
    public static let maximum = Duration.milliseconds(Int64.max)

    /// Parses a duration that is not negative; nil when the text is not one or it is too long.
    public static func parse(_ text: String) -> Duration? {
        try? read(text)
    }

    /// Parses a duration that is not negative, as `parse` does, with a message when the text is
    /// not one ("'soon' is not a duration") or names one longer than `maximum` ("duration too large").
    /// Numbers are decimal (`1.5`, `1e-3`); a lone number is seconds; `-`, `+` and hex are refused.
    public static func read(_ text: String) throws -> Duration {
        switch DurationReading(Array(text.utf8), signed: false, plainSeconds: true) {
        case .attoseconds(let attoseconds):
            return DurationMath.duration(exactly: attoseconds)
        case .tooLarge:
            throw ValueError("duration too large: '\(text)'", hint: "durations go up to about 292 million years")
        case .invalid:
            throw ValueError("'\(text)' is not a duration", hint: "write it like 500ms, 30s, 5m, 1h, 2d or 1m30s")
        }
    }
}
