import Foundation

/// A file name or path on an agent's host, as raw bytes. Unix names need not be UTF-8: the service
/// sends a lossy `name` plus `name_encoded` (base64 of the real bytes) in that case, and takes
/// `path` plus `path_encoded` the same way.
public struct RemoteName: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public init(_ string: String) {
        self.bytes = Array(string.utf8)
    }

    /// The name from a plain field and its optional base64 companion. The companion wins when it
    /// decodes; the docs' examples carry placeholder text there, which is not base64 and is ignored.
    public init(plain: String, encoded: String?) {
        if let encoded, !encoded.isEmpty, let data = Data(base64Encoded: encoded) {
            self.bytes = Array(data)
        } else {
            self.bytes = Array(plain.utf8)
        }
    }

    /// True when the bytes are valid UTF-8.
    public var isValidUTF8: Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    /// The UTF-8 reading, with U+FFFD for invalid bytes: what goes in `name`/`path`.
    public var lossy: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Base64 of the bytes: what goes in `name_encoded`/`path_encoded`.
    public var base64: String {
        Data(bytes).base64EncodedString()
    }

    /// The base64 companion only when the name is not UTF-8 (how the service fills responses).
    public var encodedIfNeeded: String? {
        isValidUTF8 ? nil : base64
    }

    /// A printable form that round-trips: invalid bytes as `\xNN`, a backslash as `\\`.
    public var escaped: String {
        var out = ""
        var index = 0
        while index < bytes.count {
            let length = Self.validSequenceLength(bytes, at: index)
            if length == 0 {
                out += "\\x" + String(bytes[index], radix: 16, uppercase: false).leftPadded(to: 2)
                index += 1
            } else {
                let scalar = String(decoding: bytes[index..<index + length], as: UTF8.self)
                out += scalar == "\\" ? "\\\\" : scalar
                index += length
            }
        }
        return out
    }

    /// Parses the `escaped` form back into bytes: `\xNN` and `\\` are decoded, anything else is literal.
    public init(escaped: String) {
        var out: [UInt8] = []
        let utf8 = Array(escaped.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "\\"), index + 1 < utf8.count {
                let next = utf8[index + 1]
                if next == UInt8(ascii: "\\") {
                    out.append(next)
                    index += 2
                    continue
                }
                if next == UInt8(ascii: "x"), index + 3 < utf8.count,
                    let byte = UInt8(String(decoding: utf8[index + 2...index + 3], as: UTF8.self), radix: 16)
                {
                    out.append(byte)
                    index += 4
                    continue
                }
            }
            out.append(utf8[index])
            index += 1
        }
        self.bytes = out
    }

    public var description: String { escaped }

    public static func < (lhs: RemoteName, rhs: RemoteName) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when the byte there starts none.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<index + length], as: UTF8.self) == nil ? 0 : length
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
