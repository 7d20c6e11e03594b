/// How results are printed (`--output`).
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Tables for people; on a terminal they fit its width (`--wide` keeps every value whole).
    case table
    /// One JSON document per result, indented: a list is one array.
    case json
    /// One JSON document per line: a list gives a line per item (`--json`).
    case ndjson
    /// CSV: a header of the table's columns, then a row per item, values whole.
    case csv
}
