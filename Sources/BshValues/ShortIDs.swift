/// Identifiers shortened as git shortens commits: the shortest prefix that tells apart every
/// identifier of a table, and never shorter than `minimum`.
public enum ShortIDs {
    /// The least prefix length of at least `minimum` that no two distinct `ids` share.
    public static func length(of ids: some Sequence<String>, minimum: Int = 8) -> Int {
        let sorted = Set(ids.filter(isIdentifier)).sorted()
        var length = minimum
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let common = zip(a, b).prefix { $0 == $1 }.count
            length = max(length, common + 1)
        }
        return length
    }

    /// True for what reads as a generated identifier (hexadecimal digits and dashes, as UUIDs are):
    /// names and numbers (event IDs are counters) are never cut.
    public static func isIdentifier(_ text: String) -> Bool {
        text.utf8.contains { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") } && text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"),
                 UInt8(ascii: "-"): true
            default: false
            }
        }
    }

    /// The identifier cut to `length`; other text as it is.
    public static func shortened(_ text: String, to length: Int) -> String {
        text.count > length && isIdentifier(text) ? String(text.prefix(length)) : text
    }
}
