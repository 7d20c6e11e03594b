/// How a terminal shows tables: its width, and the clock and time zone that times are read in.
/// Without one (a pipe, `--wide`), tables keep every value whole.
public struct TableDisplay: Sendable {
    /// The columns the terminal has.
    public var width: Int
    /// Now, in seconds since 1970, for ages.
    public var now: Double
    /// Seconds east of UTC of the local time zone at a moment (seconds since 1970).
    public var utcOffset: @Sendable (Double) -> Int

    /// A display `width` columns wide.
    public init(width: Int, now: Double, utcOffset: @escaping @Sendable (Double) -> Int = { _ in 0 }) {
        self.width = width
        self.now = now
        self.utcOffset = utcOffset
    }

    /// A cell as a terminal shows it: an identifier cut to `idLength`, a time as local
    /// `YYYY-MM-DD HH:MM`, a size in binary units. Text that is not of its kind stays as it is.
    func shown(_ text: String, as kind: Table.Kind, idLength: Int) -> String {
        switch kind {
        case .text, .word: return text
        case .id: return ShortIDs.shortened(text, to: idLength)
        case .time: return TimestampText.seconds(text).map { TimestampText.minutes($0, offset: utcOffset($0)) } ?? text
        case .size: return Int(text).map(SizeText.binary) ?? text
        }
    }

    /// The age of a time cell (`3h`), or "-" when the cell holds no time.
    func age(_ text: String) -> String {
        TimestampText.seconds(text).map { TimestampText.age($0, now: now) } ?? "-"
    }
}
