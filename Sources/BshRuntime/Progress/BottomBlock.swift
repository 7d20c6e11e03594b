/// Lines kept at the bottom of a terminal (a parallel loop's block), and what to write to keep them
/// there. A host that shows a block holds one, under its lock, for the stream the block is on: it
/// replaces the block when asked, and clears it before writing anything else, so that what is
/// written goes above; the block's owner draws it again when due.
public struct BottomBlock: Sendable {
    /// How many lines are drawn now; the cursor is on the line below them.
    public private(set) var drawnLines = 0

    public init() {}

    /// What replaces the lines drawn now with `lines` (none: the block is removed).
    public mutating func replace(with lines: [String]) -> String {
        let text = Self.erasing(drawnLines) + lines.map { $0 + "\n" }.joined()
        drawnLines = lines.count
        return text
    }

    /// What erases the block before something else is written; it stays erased until replaced.
    public mutating func clear() -> String {
        let text = Self.erasing(drawnLines)
        drawnLines = 0
        return text
    }

    /// Moves up to the first of `count` lines above the cursor and erases them and all below.
    static func erasing(_ count: Int) -> String {
        count > 0 ? "\r\u{1B}[\(count)A\u{1B}[J" : ""
    }
}
