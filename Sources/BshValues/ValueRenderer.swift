/// Formats a result for a person to read.
public enum ValueRenderer {
    /// The value as lines of text ending with "\n", or "" for nothing (an empty list or record).
    /// A list of records is a table: columns are the union of keys in first-seen order with
    /// upper-case titles, numbers right-aligned, null and missing as "-", nested values as
    /// compact JSON (left out of tables wider than `wideTable` columns). Other lists print one element per line; a record prints aligned
    /// "key  value" lines; a scalar prints its text. `boldHeader` applies to the table header.
    public static func render(_ value: Value, boldHeader: Bool = false) -> String {
        switch value {
        case .list(let list):
            let records = list.compactMap { element -> Record? in
                if case .record(let record) = element { return record }
                return nil
            }
            if !list.isEmpty && records.count == list.count { return table(records, boldHeader: boldHeader) }
            return list.map { $0.text() + "\n" }.joined()
        case .record(let record):
            let width = record.keys.map(\.count).max() ?? 0
            return record.fields.map { field in
                let line = field.key + String(repeating: " ", count: width - field.key.count) + "  " + cell(field.value)
                return trimmedTrailingSpaces(line) + "\n"
            }.joined()
        default:
            let text = value.text()
            return text.hasSuffix("\n") ? text : text + "\n"
        }
    }

    /// Past this many columns, a table leaves out the columns that only hold lists and records: a whole
    /// service document would not fit a terminal. `select` picks the columns to show.
    static let wideTable = 6

    static func table(_ records: [Record], boldHeader: Bool) -> String {
        var columns = Filters.unionOfKeys(records)
        if columns.count > wideTable {
            columns = columns.filter { column in records.contains { record in !isNested(record[column]) } }
        }
        let numeric = columns.map { column in
            var sawNumber = false
            for record in records {
                switch record[column] {
                case .int?, .double?: sawNumber = true
                case .null?, nil: continue
                default: return false
                }
            }
            return sawNumber
        }
        var table = Table(zip(columns, numeric).map { ($0.uppercased(), $1 ? .right : .left) })
        for record in records {
            table.add(columns.map { cell(record[$0] ?? .null) })
        }
        return table.render(boldHeader: boldHeader)
    }

    /// One cell: "-" for null; line breaks and tabs in strings shown as \n, \r, \t to keep the layout.
    static func cell(_ value: Value) -> String {
        switch value {
        case .null: "-"
        case .string(let string) where string.contains(where: { $0.isNewline || $0 == "\t" }):
            string.unicodeScalars.map { scalar in
                switch scalar {
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                default: String(scalar)
                }
            }.joined()
        default: value.text()
        }
    }

    private static func isNested(_ value: Value?) -> Bool {
        switch value {
        case .list?, .record?, .null?, nil: true
        default: false
        }
    }

    static func trimmedTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }
}
