/// A minimal pull parser over JSON bytes, for documents too large to go through `JSONDecoder`
/// (which builds a map of the whole document before decoding). Every method returns nil on
/// anything unexpected, leaving the caller to fall back to `JSONDecoder` and its error message.
struct JSONScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool {
        mutating get {
            skipWhitespace()
            return index == bytes.count
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// Consumes `byte` (after whitespace) when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Calls `field` with each key of an object; `field` must consume the value. False on bad syntax.
    mutating func object(_ field: (inout JSONScanner, String) -> Bool) -> Bool {
        guard take(UInt8(ascii: "{")) else { return false }
        if take(UInt8(ascii: "}")) { return true }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), field(&self, key) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}"))
    }

    /// Calls `element` for each element of an array; `element` must consume it.
    mutating func array(_ element: (inout JSONScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: "[")) else { return false }
        if take(UInt8(ascii: "]")) { return true }
        repeat {
            guard element(&self) else { return false }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]"))
    }

    /// `null`, consumed when it comes next.
    mutating func null() -> Bool {
        literal("null")
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// A number's text, as written, when it is a JSON number (RFC 8259): an optional '-', an integer
    /// part without leading zeros, an optional fraction and an optional exponent. Nil for anything
    /// else (`+1`, `.5`, `1.`, `e`), which `JSONDecoder` refuses.
    mutating func numberText() -> String? {
        skipWhitespace()
        let start = index
        _ = takeByte(UInt8(ascii: "-"))
        var valid = takeByte(UInt8(ascii: "0")) || skipDigits()
        if valid, takeByte(UInt8(ascii: ".")) { valid = skipDigits() }
        if valid, takeByte(UInt8(ascii: "e")) || takeByte(UInt8(ascii: "E")) {
            _ = takeByte(UInt8(ascii: "+")) || takeByte(UInt8(ascii: "-"))
            valid = skipDigits()
        }
        return valid ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// An integer that fits `Int`, written without fraction or exponent.
    mutating func integer() -> Int? {
        if let small = plainInteger() { return small }
        guard let text = numberText(), text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }) else {
            return nil
        }
        return Int(text)
    }

    /// The common case of `integer()` read without building its text: up to 18 digits without a
    /// leading zero, not followed by a fraction or exponent. Nil, consuming nothing, otherwise.
    private mutating func plainInteger() -> Int? {
        skipWhitespace()
        var at = index
        let negative = at < bytes.count && bytes[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        let first = at
        var value = 0
        while at < bytes.count, at - first < 18, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
            at += 1
        }
        guard at > first, bytes[first] != UInt8(ascii: "0") || at == first + 1 else { return nil }
        if at < bytes.count {
            switch bytes[at] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        index = at
        return negative ? -value : value
    }

    /// Consumes `byte` when it comes next, with no whitespace before it.
    private mutating func takeByte(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Consumes a run of digits; false when there is none.
    private mutating func skipDigits() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index > start
    }

    /// Skips any value. Nesting is bounded by the recursion of arrays and objects in the document.
    mutating func skipValue(depth: Int = 0) -> Bool {
        guard depth < 512 else { return false }
        skipWhitespace()
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { scanner, _ in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): return array { $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return bool() != nil
        case UInt8(ascii: "n"): return null()
        default: return numberText() != nil
        }
    }

    private mutating func literal(_ word: String) -> Bool {
        skipWhitespace()
        let count = word.utf8.count
        guard bytes.count - index >= count, bytes[index..<index + count].elementsEqual(word.utf8) else { return false }
        index += count
        return true
    }
}
