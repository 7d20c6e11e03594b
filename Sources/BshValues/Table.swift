/// A plain text table: a header row and aligned columns, numbers to the right. On a terminal
/// (`TableDisplay`) it shows its cells by their kind and fits the terminal's width.
public struct Table: Sendable {
    /// Where cells sit in their column.
    public enum Alignment: Sendable { case left, right }

    /// What a column holds, which decides how a terminal shows it.
    public enum Kind: Sendable {
        /// Free text, cut with `…` when the table is too wide.
        case text
        /// Short words or numbers (states, yes/no, counts), never cut.
        case word
        /// Generated identifiers, shown as their shortest unique prefix (8 characters at least).
        case id
        /// ISO 8601 times, shown as local `YYYY-MM-DD HH:MM`.
        case time
        /// Byte counts, shown in binary units.
        case size
    }

    /// A column: its title, alignment, and what it holds.
    public struct Column: Sendable {
        /// The header text.
        public let title: String
        /// Where the cells sit.
        public let alignment: Alignment
        /// What the cells hold.
        public let kind: Kind
        /// On a terminal, a time column followed by an AGE column (`3h`, `2d`).
        public let showsAge: Bool
        /// When a terminal is too narrow even with text cut, columns with a rank are left out, lowest
        /// first; AGE columns have rank 1, so that a column of rank 0 goes before them. Nil for a
        /// column that always shows.
        public let dropRank: Int?

        /// A column titled `title`.
        public init(
            _ title: String, _ alignment: Alignment = .left, kind: Kind = .text, showsAge: Bool = false, dropRank: Int? = nil
        ) {
            self.title = title
            self.alignment = alignment
            self.kind = kind
            self.showsAge = showsAge
            self.dropRank = dropRank
        }
    }

    /// The columns, in order.
    public let columns: [Column]
    /// The rows added so far, each a cell per column.
    public var rows: [[String]] = []

    /// A table with these column titles and alignments: left ones hold text, right ones words.
    public init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { Column($0.0, $0.1, kind: $0.1 == .left ? .text : .word) }
    }

    /// A table of these columns.
    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Adds a row of cells, one per column.
    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines of text, ending with a newline; trailing spaces trimmed. With a `display`,
    /// as that terminal shows it.
    public func render(boldHeader: Bool = false, display: TableDisplay? = nil) -> String {
        var out = ""
        stream(rows: rows.count, boldHeader: boldHeader, display: display, to: { out += $0 }) { row, column in
            column < rows[row].count ? rows[row][column] : ""
        }
        return out
    }

    /// Writes the table without holding its rows: `cell` is asked for each cell twice, once to measure
    /// the columns and once to write them, and lines go to `write` in chunks of about 64 KiB.
    public func stream(
        rows: Int, boldHeader: Bool = false, display: TableDisplay? = nil, to write: (String) -> Void,
        cell: (_ row: Int, _ column: Int) -> String
    ) {
        let shown = display.map { shownColumns(rows: rows, display: $0, cell: cell) }
            ?? columns.indices.map { ShownColumn(columns[$0], source: $0, display: nil, idLength: 0) }
        var widths = shown.map { $0.title.count }
        for row in 0..<rows {
            for index in shown.indices { widths[index] = max(widths[index], shown[index].text(row, cell).count) }
        }
        let kept: [(column: ShownColumn, width: Int)]
        if let display {
            let fitting = zip(shown, widths).map { column, natural in
                TableFitting.Column(
                    natural: natural, floor: column.mayBeCut ? max(column.title.count, 8) : nil, dropRank: column.dropRank)
            }
            kept = zip(shown, TableFitting.widths(fitting, available: display.width)).compactMap { column, width in
                width.map { (column, $0) }
            }
        } else {
            kept = Array(zip(shown, widths))
        }
        let alignments = kept.map(\.column.alignment), keptWidths = kept.map(\.width)
        var chunk = Self.line(kept.map(\.column.title), widths: keptWidths, alignments: alignments)
        if boldHeader { chunk = "\u{1B}[1m\(chunk.dropLast())\u{1B}[0m\n" }
        for row in 0..<rows {
            let cells = kept.map { TableFitting.truncated($0.column.text(row, cell), to: $0.width) }
            chunk += Self.line(cells, widths: keptWidths, alignments: alignments)
            if chunk.utf8.count >= 1 << 16 {
                write(chunk)
                chunk = ""
            }
        }
        if !chunk.isEmpty { write(chunk) }
    }

    /// The columns a terminal shows: each column, with its AGE column after it when it has one.
    private func shownColumns(rows: Int, display: TableDisplay, cell: (Int, Int) -> String) -> [ShownColumn] {
        columns.indices.flatMap { index -> [ShownColumn] in
            let column = columns[index]
            let idLength = column.kind == .id ? ShortIDs.length(of: (0..<rows).map { cell($0, index) }) : 0
            let main = ShownColumn(column, source: index, display: display, idLength: idLength)
            guard column.showsAge, column.kind == .time else { return [main] }
            return [main, ShownColumn(age: index, display: display)]
        }
    }

    /// One line: cells padded to `widths`, two spaces apart, trailing spaces trimmed.
    static func line(_ cells: [String], widths: [Int], alignments: [Alignment]) -> String {
        var line = ""
        for (index, cell) in cells.enumerated() where index < widths.count {
            let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
            let isLast = index == widths.count - 1
            line += alignments[index] == .right ? padding + cell : cell + (isLast ? "" : padding)
            if !isLast { line += "  " }
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line + "\n"
    }
}

/// A column as it is written: a column of the table with how its cells are shown, or the AGE of a
/// time column.
private struct ShownColumn {
    let title: String
    let alignment: Table.Alignment
    let source: Int
    let mayBeCut: Bool
    let dropRank: Int?
    let form: (String) -> String

    init(_ column: Table.Column, source: Int, display: TableDisplay?, idLength: Int) {
        title = column.title
        alignment = column.alignment
        self.source = source
        mayBeCut = column.kind == .text
        dropRank = column.dropRank
        if let display {
            form = { display.shown($0, as: column.kind, idLength: idLength) }
        } else {
            form = { $0 }
        }
    }

    init(age source: Int, display: TableDisplay) {
        title = "AGE"
        alignment = .right
        self.source = source
        mayBeCut = false
        dropRank = 1
        form = { display.age($0) }
    }

    func text(_ row: Int, _ cell: (Int, Int) -> String) -> String {
        form(cell(row, source))
    }
}
