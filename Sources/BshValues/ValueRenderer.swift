/// Formats a result for a person to read.
public enum ValueRenderer {
    /// The value as lines of text ending with "\n", or "" for nothing (an empty list or record).
    /// A list of records is a table: columns are the union of keys in first-seen order with
    /// upper-case titles, numbers right-aligned, null and missing as "-", nested values as
    /// compact JSON (left out of tables wider than `wideTable` columns). Other lists print one element per line; a record prints aligned
    /// "key  value" lines; a scalar prints its text. `boldHeader` applies to the table header. With a
    /// `display` (a terminal), a table shows its cells by the kind each column holds (`kind(of:in:)`)
    /// and fits its width.
    public static func render(_ value: Value, boldHeader: Bool = false, display: TableDisplay? = nil) -> String {
        switch value {
        case .list(let list):
            let records = list.compactMap { element -> Record? in
                if case .record(let record) = element { return record }
                return nil
            }
            if !list.isEmpty && records.count == list.count { return table(records, boldHeader: boldHeader, display: display) }
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

    static func table(_ records: [Record], boldHeader: Bool, display: TableDisplay?) -> String {
        var columns = Filters.unionOfKeys(records)
        if columns.count > wideTable {
            columns = columns.filter { column in records.contains { record in !isNested(record[column]) } }
        }
        var table = Table(columns: columns.map { column in
            let kind = kind(of: column, in: records)
            return Table.Column(column.uppercased(), isNumeric(column, in: records) ? .right : .left, kind: kind)
        })
        for record in records {
            table.add(columns.map { cell(record[$0] ?? .null) })
        }
        return table.render(boldHeader: boldHeader, display: display)
    }

    /// True when the column holds numbers, and nothing else but nulls.
    private static func isNumeric(_ column: String, in records: [Record]) -> Bool {
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

    /// What a column holds, read from its name and values: times when every value is an ISO 8601
    /// time, identifiers when it is named `id` or `…_id` (or every value is a UUID), sizes when
    /// named `bytes` or `…_bytes`/`bytes_…` with whole numbers, short words for numbers and
    /// booleans, else text.
    static func kind(of column: String, in records: [Record]) -> Table.Kind {
        let values = records.compactMap { record -> Value? in
            guard let value = record[column], value != .null else { return nil }
            return value
        }
        guard !values.isEmpty else { return .word }
        let strings = values.compactMap { value -> String? in
            if case .string(let string) = value { return string }
            return nil
        }
        if strings.count == values.count {
            if strings.allSatisfy({ TimestampText.seconds($0) != nil }) { return .time }
            let named = column == "id" || column.hasSuffix("_id")
            let uuids = strings.allSatisfy { $0.count == 36 && ShortIDs.isIdentifier($0) }
            if (named && strings.allSatisfy(ShortIDs.isIdentifier)) || uuids { return .id }
            return .text
        }
        let whole = values.allSatisfy { if case .int = $0 { true } else { false } }
        if whole && (column == "bytes" || column.hasSuffix("_bytes") || column.hasPrefix("bytes_")) { return .size }
        let words = values.allSatisfy { value in
            switch value {
            case .int, .double, .bool, .duration: true
            default: false
            }
        }
        return words ? .word : .text
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
