/// A half-open span of source text, as UTF-8 byte offsets from the start of the file.
public struct SourceRange: Sendable, Equatable, Hashable {
    /// The offset of the first byte in the range.
    public let start: Int
    /// The offset just past the last byte in the range.
    public let end: Int

    /// A range from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a source range cannot end before it starts")
        self.start = start
        self.end = end
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
