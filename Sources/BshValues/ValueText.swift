/// How a value reads as text inside the language.
public extension Value {
    /// The text form used in string interpolation and command arguments: strings raw,
    /// numbers in their shortest form, `true`/`false`, `null`, durations like `30s`,
    /// lists and records as compact JSON.
    func text() -> String {
        switch self {
        case .null: "null"
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .double(let double): "\(double)"
        case .string(let string): string
        case .duration(let duration): Value.durationText(duration)
        case .list, .record: jsonText()
        }
    }

    /// A duration as text: `DurationText.format`, which a number literal reads back.
    static func durationText(_ duration: Duration) -> String {
        DurationText.format(duration)
    }
}
