/// Parses JSON text (RFC 8259) into values, keeping the key order of objects.
public extension Value {
    /// Parses a JSON document. Integers that fit `Int` become `.int`, other numbers `.double`;
    /// objects become records in document order (a repeated key: the last value wins).
    /// Errors name the byte offset (counted from 0) of the problem.
    init(json bytes: some Collection<UInt8>) throws {
        if let value = try bytes.withContiguousStorageIfAvailable({ try JSONValueParser.parse($0) }) {
            self = value
        } else {
            self = try Array(bytes).withUnsafeBufferPointer { try JSONValueParser.parse($0) }
        }
    }

    /// Parses a JSON document given as text.
    init(json text: String) throws {
        try self.init(json: Array(text.utf8))
    }
}

/// A recursive-descent JSON parser over bytes.
///
/// Values of the object or array being parsed collect on shared stacks, so each record and
/// list gets an array of exactly its size; identical key arrays are interned so that many
/// records with the same keys share one `[String]`.
struct JSONValueParser {
    static let maxDepth = Value.maximumDepth
    /// Objects with more keys than this are not interned (they are rarely repeated).
    static let maxInternedKeys = 64
    static let maxInternedShapes = 10_000

    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var depth = 0
    var keyStack: [String] = []
    var valueStack: [Value] = []
    var keyArrays: [[String]: [String]] = [:]

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
        var parser = JSONValueParser(bytes: bytes)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.offset == bytes.count else { throw parser.error("unexpected \(parser.describeNext()) after the json value") }
        return value
    }

    var next: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipWhitespace() {
        while let byte = next, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
    }

    func error(_ what: String, at position: Int? = nil) -> ValueError {
        ValueError("invalid json at offset \(position ?? offset): \(what)")
    }

    func describeNext() -> String {
        guard let byte = next else { return "end of input" }
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func parseValue() throws -> Value {
        guard let byte = next else { throw error("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeNext()), expected a value")
        }
    }

    mutating func expectWord(_ word: StaticString) throws {
        let start = offset
        for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard next == expected else { throw error("invalid literal, expected '\(word)'", at: start) }
            offset += 1
        }
    }

    mutating func enterContainer() throws {
        depth += 1
        if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
        offset += 1
        skipWhitespace()
    }
}
