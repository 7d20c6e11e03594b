/// A half-open span of source text, as UTF-8 byte offsets from the start of the file.
///
/// Every node of a syntax tree holds one, so the offsets are kept in 32 bits (scripts are far below
/// 4 GiB, which the parser refuses): a large script's tree is a quarter smaller, and faster to build.
public struct SourceRange: Sendable, Equatable, Hashable {
    private let storedStart: UInt32
    private let storedEnd: UInt32

    /// The offset of the first byte in the range.
    public var start: Int { Int(storedStart) }
    /// The offset just past the last byte in the range.
    public var end: Int { Int(storedEnd) }

    /// A range from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a source range cannot end before it starts")
        self.storedStart = UInt32(clamping: start)
        self.storedEnd = UInt32(clamping: end)
    }

    /// An empty range at `offset`, for things that take no room, such as the end of input.
    public init(at offset: Int) {
        self.init(start: offset, end: offset)
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// True when the range covers no bytes.
    public var isEmpty: Bool { start == end }

    /// The smallest range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
