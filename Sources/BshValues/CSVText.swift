import Foundation

/// CSV output of pipelines.
public extension Filters {
    /// The value as CSV text (RFC 4180 quoting, lines end with "\n"). A list of records gives a
    /// header row of the union of their keys in first-seen order; a list of plain values gives
    /// one column "value"; a record gives one row. Null and missing fields are empty cells,
    /// nested lists and records compact JSON. An empty list gives "".
    static func toCSV(_ input: Value) throws -> Value {
        let list = try elements(input, for: "to csv")
        let records = list.compactMap { element -> Record? in
            if case .record(let record) = element { return record }
            return nil
        }
        guard !list.isEmpty else { return .string("") }
        var out = ""
        if records.isEmpty {
            out += "value\n"
            for element in list { out += cell(element) + "\n" }
        } else {
            guard records.count == list.count else {
                throw ValueError("to csv needs a list of records or a list of plain values, not a mix",
                                 hint: "use `select` to turn the elements into records with the same fields")
            }
            let columns = unionOfKeys(records)
            out += columns.map(quoted).joined(separator: ",") + "\n"
            for record in records {
                out += columns.map { cell(record[$0] ?? .null) }.joined(separator: ",") + "\n"
            }
        }
        return .string(out)
    }

    /// The keys of all records in first-seen order.
    internal static func unionOfKeys(_ records: [Record]) -> [String] {
        var columns: [String] = []
        var known = Set<String>()
        var previous: [String]?
        for record in records where record.keys != previous {
            previous = record.keys
            for key in record.keys where known.insert(key).inserted { columns.append(key) }
        }
        return columns
    }

    private static func cell(_ value: Value) -> String {
        value.isNull ? "" : quoted(value.text())
    }

    static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
