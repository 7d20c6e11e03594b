/// The arrays and objects of the JSON parser.
extension JSONValueParser {
    mutating func parseArray() throws -> Value {
        try enterContainer()
        defer { depth -= 1 }
        let start = valueStack.count
        if next == UInt8(ascii: "]") {
            offset += 1
            return .list([])
        }
        while true {
            skipWhitespace()
            valueStack.append(try parseValue())
            skipWhitespace()
            if next == UInt8(ascii: ",") { offset += 1; continue }
            if next == UInt8(ascii: "]") { offset += 1; break }
            throw error("unexpected \(describeNext()), expected ',' or ']' in an array")
        }
        let list = Array(valueStack[start...])
        valueStack.removeSubrange(start...)
        return .list(list)
    }

    mutating func parseObject() throws -> Value {
        try enterContainer()
        defer { depth -= 1 }
        let (keyStart, start) = (keyStack.count, valueStack.count)
        if next == UInt8(ascii: "}") {
            offset += 1
            return .record(Record())
        }
        while true {
            skipWhitespace()
            guard next == UInt8(ascii: "\"") else { throw error("unexpected \(describeNext()), expected a string key") }
            keyStack.append(try parseString())
            skipWhitespace()
            guard next == UInt8(ascii: ":") else { throw error("unexpected \(describeNext()), expected ':' after a key") }
            offset += 1
            skipWhitespace()
            valueStack.append(try parseValue())
            skipWhitespace()
            if next == UInt8(ascii: ",") { offset += 1; continue }
            if next == UInt8(ascii: "}") { offset += 1; break }
            throw error("unexpected \(describeNext()), expected ',' or '}' in an object")
        }
        let record = makeRecord(keys: Array(keyStack[keyStart...]), values: Array(valueStack[start...]))
        keyStack.removeSubrange(keyStart...)
        valueStack.removeSubrange(start...)
        return .record(record)
    }

    mutating func makeRecord(keys: [String], values: [Value]) -> Record {
        if Self.hasDuplicates(keys) {
            return Record(Array(zip(keys, values)))
        }
        guard keys.count <= Self.maxInternedKeys else { return Record(uniqueKeys: keys, values: values) }
        if let shared = keyArrays[keys] { return Record(uniqueKeys: shared, values: values) }
        if keyArrays.count < Self.maxInternedShapes { keyArrays[keys] = keys }
        return Record(uniqueKeys: keys, values: values)
    }

    static func hasDuplicates(_ keys: [String]) -> Bool {
        if keys.count > 16 { return Set(keys).count != keys.count }
        for i in keys.indices {
            for j in keys.indices where j > i && keys[i] == keys[j] { return true }
        }
        return false
    }
}
