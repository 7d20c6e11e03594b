#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Follows the lines of text fed in pieces, and notices the first one longer than a limit.
struct LineLengthCheck {
    let limit: Int
    /// The number of the line being read, from 1.
    private(set) var line = 1
    private var length = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Feeds the next bytes; false once the current line is longer than the limit.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var start = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            guard let end = memchr(start, 0x0A, remaining) else {
                length += remaining
                return length <= limit
            }
            let count = start.distance(to: UnsafeRawPointer(end))
            if length + count > limit { return false }
            length = 0
            line += 1
            start = UnsafeRawPointer(end) + 1
            remaining -= count + 1
        }
        return true
    }
}
