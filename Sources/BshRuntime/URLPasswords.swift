/// Finds the passwords of URLs written with credentials, `https://user:PASSWORD@host/…`, so that they
/// are hidden wherever the text is shown.
enum URLPasswords {
    /// The byte ranges of the passwords, in order. A password already hidden (all `*`) is not listed.
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while let separator = find(schemeSeparator, in: bytes, from: index) {
            let start = separator + schemeSeparator.count
            var end = start
            while end < bytes.count, !endsAuthority(bytes[end]) { end += 1 }
            if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")),
                let colon = bytes[start..<at].firstIndex(of: UInt8(ascii: ":")),
                colon + 1 < at, bytes[(colon + 1)..<at].contains(where: { $0 != UInt8(ascii: "*") }) {
                ranges.append((colon + 1)..<at)
            }
            index = max(end, start)
        }
        return ranges
    }

    /// The text with each URL password replaced by `***`.
    static func redacted(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let ranges = ranges(in: bytes)
        guard !ranges.isEmpty else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for range in ranges {
            result += bytes[position..<range.lowerBound]
            result += Array("***".utf8)
            position = range.upperBound
        }
        result += bytes[position...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let schemeSeparator = Array("://".utf8)

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The bytes that end a URL's authority: its path, query or fragment, or what cannot be in a URL
    /// (blanks, quotes, brackets).
    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte <= 0x20 || "/?#\"'<>\\`()[]{};,".utf8.contains(byte)
    }
}
