/// The history file holds one entry per line. Backslashes and newlines inside
/// an entry are written as `\\` and `\n` so multi-line entries survive.
enum HistoryEncoding {
    /// The file line for `entry`, without its newline.
    static func encode(_ entry: String) -> String {
        guard entry.contains(where: { $0 == "\\" || $0 == "\n" }) else { return entry }
        var encoded = ""
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": encoded += "\\\\"
            case "\n": encoded += "\\n"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return encoded
    }

    /// The entry a file line holds; an unknown escape is kept as written.
    static func decode(_ line: Substring) -> String {
        guard line.contains("\\") else { return String(line) }
        var decoded = ""
        var escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                switch scalar {
                case "n": decoded += "\n"
                case "\\": decoded += "\\"
                default: decoded += "\\"; decoded.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                decoded.unicodeScalars.append(scalar)
            }
        }
        if escaping { decoded += "\\" }
        return decoded
    }

    /// The entries in a file's lines; invalid UTF-8 is replaced, blank lines skipped.
    static func entries(in lines: [ArraySlice<UInt8>]) -> [String] {
        lines
            .map { decode(Substring(String(decoding: $0, as: UTF8.self))) }
            .filter { !$0.allSatisfy(\.isWhitespace) }
    }
}
