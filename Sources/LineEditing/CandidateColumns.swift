/// Lays out completion candidates in columns, filled top to bottom like `ls`.
enum CandidateColumns {
    /// The rows of text showing `candidates` within `width` terminal columns.
    static func rows(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let widths = candidates.map(displayWidth)
        let columnWidth = widths.max()! + 2
        // Writing into the last terminal column can wrap early, so leave it free;
        // the last column of the table needs no gap after it.
        let columns = max(1, min(candidates.count, (width - 1 + 2) / columnWidth))
        let rowCount = (candidates.count + columns - 1) / columns

        return (0..<rowCount).map { row in
            var text = ""
            for column in 0..<columns {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                text += candidates[index]
                if index + rowCount < candidates.count {
                    text += String(repeating: " ", count: columnWidth - widths[index])
                }
            }
            return text
        }
    }

    /// The number of terminal columns `text` occupies.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    private static func width(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.properties.generalCategory == .control || first.properties.generalCategory == .format {
            return 0
        }
        if character.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
            return 2
        }
        return isWide(first.value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
