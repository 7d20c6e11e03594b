import BshValues
import CloudBackupAPI

/// A shell pattern for one path component: `*` any run, `?` any one character, `[abc]`, `[a-z]`,
/// `[!x]` (or `[^x]`) sets. It works on the name's bytes: a valid UTF-8 character is one unit, a
/// byte that starts none is a unit of its own, so names that are not UTF-8 match as well
/// (`caf?.txt` matches `caf\xe9.txt`). There is no backslash escape: the pattern's text is in the
/// escaped form of names (`\xe9` is a byte), and `[*]` matches a literal `*`.
struct NamePattern: Sendable, Equatable {
    private static let syntax = GlobPattern<UInt32>.Syntax(
        star: ascii("*"), any: ascii("?"), open: ascii("["), close: ascii("]"), bang: ascii("!"), caret: ascii("^"),
        dash: ascii("-"), escape: nil)

    let pattern: GlobPattern<UInt32>

    /// True when the pattern has no `*`, `?` or set: it names one entry.
    var isLiteral: Bool { pattern.isLiteral }

    init(_ name: RemoteName) throws {
        do {
            pattern = try GlobPattern(Self.units(of: name.bytes), syntax: Self.syntax)
        } catch .unclosedSet {
            throw ShellError.usage("unclosed '[' in pattern", hint: "write [[] for a literal '['")
        } catch .invalidRange {
            throw ShellError.usage("invalid range in pattern", hint: "write ranges low to high, e.g. [a-z]")
        }
    }

    /// A pattern matching exactly `name`.
    init(literal name: RemoteName) {
        pattern = GlobPattern(tokens: Self.units(of: name.bytes).map { .literal($0) })
    }

    /// Whether the pattern matches the whole name.
    func matches(_ name: RemoteName) -> Bool {
        pattern.matches(Self.units(of: name.bytes))
    }

    private static func ascii(_ character: Unicode.Scalar) -> UInt32 { character.value }

    /// The name as units: a Unicode scalar's value for each valid UTF-8 character, and 0x110000 plus
    /// the byte for each byte that starts none (beyond every scalar, so they never collide).
    static func units(of bytes: [UInt8]) -> [UInt32] {
        var units: [UInt32] = []
        units.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = utf8Length(bytes, at: index)
            if length == 0 {
                units.append(0x11_0000 + UInt32(bytes[index]))
                index += 1
            } else {
                for scalar in String(decoding: bytes[index..<index + length], as: UTF8.self).unicodeScalars {
                    units.append(scalar.value)
                }
                index += length
            }
        }
        return units
    }

    private static func utf8Length(_ bytes: [UInt8], at index: Int) -> Int {
        let length: Int
        switch bytes[index] {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
            String(validating: bytes[index..<index + length], as: UTF8.self) != nil
        else { return 0 }
        return length
    }
}
