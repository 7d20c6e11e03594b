/// Tables as CSV (`--output csv`): the same columns as the table, values whole.
extension Table {
    /// The table as CSV text: a header of the column titles in lower case, then a row per row;
    /// cells that show `-` (nothing) are empty.
    public func csv() -> String {
        var out = ""
        streamCSV(rows: rows.count, to: { out += $0 }) { row, column in
            column < rows[row].count ? rows[row][column] : ""
        }
        return out
    }

    /// Writes the table as CSV without holding its rows, in chunks of about 64 KiB.
    public func streamCSV(rows: Int, to write: (String) -> Void, cell: (_ row: Int, _ column: Int) -> String) {
        var chunk = columns.map { Filters.quoted($0.title.lowercased()) }.joined(separator: ",") + "\n"
        for row in 0..<rows {
            chunk += columns.indices.map { column in
                let text = cell(row, column)
                return text == "-" ? "" : Filters.quoted(text)
            }.joined(separator: ",") + "\n"
            if chunk.utf8.count >= 1 << 16 {
                write(chunk)
                chunk = ""
            }
        }
        if !chunk.isEmpty { write(chunk) }
    }
}
