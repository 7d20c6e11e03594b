/// Serialises values as JSON text.
public extension Value {
    /// The value as JSON: compact by default, or indented by two spaces with `pretty`.
    /// Durations become strings like "30s" (`DurationText.format`); doubles use the shortest
    /// form that reads back to the same number (`1.5`, `2.0`, `1e+16`); NaN and infinities become null.
    /// `/` and non-ASCII characters are not escaped.
    func jsonText(pretty: Bool = false) -> String {
        var out = ""
        JSONWriter(pretty: pretty).write(self, depth: 0, into: &out)
        return out
    }
}

struct JSONWriter {
    let pretty: Bool

    func write(_ value: Value, depth: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .int(let int): out += String(int)
        case .double(let double): out += double.isFinite ? "\(double)" : "null"
        case .string(let string): Self.writeString(string, into: &out)
        case .duration(let duration): Self.writeString(Value.durationText(duration), into: &out)
        case .list(let list):
            writeContainer(open: "[", close: "]", count: list.count, depth: depth, into: &out) { index, out in
                write(list[index], depth: depth + 1, into: &out)
            }
        case .record(let record):
            // Read once: a record of a column table builds its arrays when asked.
            let keys = record.keys, values = record.values
            writeContainer(open: "{", close: "}", count: keys.count, depth: depth, into: &out) { index, out in
                Self.writeString(keys[index], into: &out)
                out += pretty ? ": " : ":"
                write(values[index], depth: depth + 1, into: &out)
            }
        }
    }

    func writeContainer(
        open: String, close: String, count: Int, depth: Int, into out: inout String,
        element: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else { return out += close }
        for index in 0..<count {
            if index > 0 { out += "," }
            if pretty { out += "\n" + String(repeating: "  ", count: depth + 1) }
            element(index, &out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: depth) }
        out += close
    }

    static func writeString(_ string: String, into out: inout String) {
        out += "\""
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out += string
        } else {
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                case "\u{00}"..."\u{1F}":
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
