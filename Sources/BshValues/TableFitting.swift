/// Fits a table's columns into a width: the widest columns that may be cut are cut first (down to
/// their floor), and only when that is not enough are the columns that may be left out left out,
/// lowest rank first. What still does not fit runs past the width.
public enum TableFitting {
    /// A column to fit.
    public struct Column: Equatable, Sendable {
        /// The width of its widest cell or title.
        public var natural: Int
        /// The least width it may be cut to; its natural width when it may not be cut.
        public var floor: Int
        /// Its rank for being left out (lowest first); nil when it always shows.
        public var dropRank: Int?

        /// A column of this natural width, cut to no less than `floor`, left out at `dropRank`.
        public init(natural: Int, floor: Int? = nil, dropRank: Int? = nil) {
            self.natural = natural
            self.floor = min(natural, floor ?? natural)
            self.dropRank = dropRank
        }
    }

    /// The width of each column (nil for a column left out), for a table whose columns are
    /// `separator` characters apart and `available` characters wide.
    public static func widths(_ columns: [Column], available: Int, separator: Int = 2) -> [Int?] {
        // Columns to leave out, in order: lowest rank first, the rightmost first among equals.
        let droppable = columns.indices.filter { columns[$0].dropRank != nil }
            .sorted { (columns[$0].dropRank!, -$0) < (columns[$1].dropRank!, -$1) }
        var best: [Int?] = []
        for dropped in 0...droppable.count {
            let left = Set(droppable.prefix(dropped))
            var widths: [Int?] = columns.indices.map { left.contains($0) ? nil : columns[$0].natural }
            let shown = widths.compactMap { $0 }
            var excess = shown.reduce(0, +) + separator * max(0, shown.count - 1) - available
            // Cut the widest column that still may be (the rightmost of equals), a character at a time.
            while excess > 0 {
                let candidates = widths.indices.filter { index in widths[index].map { $0 > columns[index].floor } ?? false }
                guard let widest = candidates.max(by: { (widths[$0]!, $0) < (widths[$1]!, $1) }) else { break }
                widths[widest]! -= 1
                excess -= 1
            }
            best = widths
            if excess <= 0 { break }
        }
        return best
    }

    /// `text` cut to `width` characters, its last one `…` when anything was cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(repeating: "…", count: max(0, width)) }
        return text.prefix(width - 1) + "…"
    }
}
