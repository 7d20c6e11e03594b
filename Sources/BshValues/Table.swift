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
        var out = ""
        stream(rows: rows.count, boldHeader: boldHeader, to: { out += $0 }) { row, column in
            column < rows[row].count ? rows[row][column] : ""
        }
        return out
    }

    /// Writes the table without holding its rows: `cell` is asked for each cell twice, once to measure
    /// the columns and once to write them, and lines go to `write` in chunks of about 64 KiB.
    public func stream(
        rows: Int, boldHeader: Bool = false, to write: (String) -> Void, cell: (_ row: Int, _ column: Int) -> String
    ) {
        var widths = columns.map { $0.title.count }
        for row in 0..<rows {
            for column in widths.indices { widths[column] = max(widths[column], cell(row, column).count) }
        }
        var chunk = line(columns.map(\.title), widths: widths)
        if boldHeader { chunk = "\u{1B}[1m\(chunk.dropLast())\u{1B}[0m\n" }
        for row in 0..<rows {
            chunk += line(widths.indices.map { cell(row, $0) }, widths: widths)
            if chunk.utf8.count >= 1 << 16 {
                write(chunk)
                chunk = ""
            }
        }
        if !chunk.isEmpty { write(chunk) }
    }

    /// One line: cells padded to `widths`, two spaces apart, trailing spaces trimmed.
    func line(_ cells: [String], widths: [Int]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() where index < columns.count {
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            let isLast = index == columns.count - 1
            line += columns[index].alignment == .right ? padding + cell : cell + (isLast ? "" : padding)
            if !isLast { line += "  " }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line + "\n"
    }
}
