/// Conversions between the byte offsets libedit reports and character offsets.
enum LineOffsets {
    /// The number of whole characters that end at or before `utf8Offset`.
    static func characterOffset(in line: String, utf8Offset: Int) -> Int {
        var count = 0
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            if line.utf8.distance(from: line.startIndex, to: next) > utf8Offset { break }
            count += 1
            index = next
        }
        return count
    }

    /// The number of Unicode scalars (libedit's unit of deletion) in the
    /// `count` characters before character offset `cursor`.
    static func scalarCount(in line: String, before cursor: Int, characters count: Int) -> Int {
        let end = line.index(line.startIndex, offsetBy: min(max(cursor, 0), line.count))
        let start = line.index(end, offsetBy: -min(max(count, 0), line.distance(from: line.startIndex, to: end)))
        return line[start..<end].unicodeScalars.count
    }
}
