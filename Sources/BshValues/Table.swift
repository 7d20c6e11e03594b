/// A plain text table: a header row and aligned columns, numbers to the right.
public struct Table: Sendable {
    /// Where cells sit in their column.
    public enum Alignment: Sendable { case left, right }

    /// A column: its title and alignment.
    public struct Column: Sendable {
        /// The header text.
        public let title: String
        /// Where the cells sit.
        public let alignment: Alignment
    }

    /// The columns, in order.
    public let columns: [Column]
    /// The rows added so far, each a cell per column.
    public var rows: [[String]] = []

    /// A table with these column titles and alignments.
    public init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { Column(title: $0.0, alignment: $0.1) }
    }

    /// Adds a row of cells, one per column.
    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines of text, ending with a newline; trailing spaces trimmed.
    public func render(boldHeader: Bool = false) -> String {
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var out = ""
        for row in [columns.map(\.title)] + rows {
            var line = ""
            for (index, cell) in row.enumerated() where index < columns.count {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                let isLast = index == columns.count - 1
                line += columns[index].alignment == .right ? padding + cell : cell + (isLast ? "" : padding)
                if !isLast { line += "  " }
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += (boldHeader && out.isEmpty ? "\u{1B}[1m\(line)\u{1B}[0m" : line) + "\n"
        }
        return out
    }
}
