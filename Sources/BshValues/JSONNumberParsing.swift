/// The numbers of the JSON parser.
extension JSONValueParser {
    var nextIsDigit: Bool { next.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }

    /// Parses a number; an integer that fits `Int` is `.int`, anything else `.double`.
    mutating func parseNumber() throws -> Value {
        let start = offset
        let negative = next == UInt8(ascii: "-")
        if negative { offset += 1 }
        guard nextIsDigit else { throw error("expected a digit") }
        // Accumulate on the negative side so that Int.min fits.
        var integer = 0, overflow = false
        let firstDigit = offset
        while let byte = next, nextIsDigit {
            let (times, o1) = integer.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            overflow = overflow || o1 || o2
            integer = sum
            offset += 1
        }
        if bytes[firstDigit] == UInt8(ascii: "0") && offset - firstDigit > 1 {
            throw error("leading zeros are not allowed in numbers", at: firstDigit)
        }
        var isInteger = true
        if next == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard nextIsDigit else { throw error("expected a digit after '.'") }
            while nextIsDigit { offset += 1 }
        }
        if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { offset += 1 }
            guard nextIsDigit else { throw error("expected a digit in the exponent") }
            while nextIsDigit { offset += 1 }
        }
        if isInteger && !overflow {
            if negative { return .int(integer) }
            if integer != .min { return .int(-integer) }
        }
        guard let double = Double(String(decoding: bytes[start..<offset], as: UTF8.self)) else {
            throw error("invalid number", at: start)
        }
        // Beyond Double's range the text reads as an infinity, which JSON cannot write back.
        guard double.isFinite else { throw error("number out of range", at: start) }
        return .double(double)
    }
}
