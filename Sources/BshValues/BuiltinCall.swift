import Foundation

/// One call of a built-in function with its arguments checked for count.
struct BuiltinCall {
    let function: Builtins.Function
    let arguments: [Value]
    let now: Date

    func wrongType(_ value: Value, _ expected: String) -> ValueError {
        ValueError("\(function.name) needs \(expected), not \(value.described)", hint: "usage: \(function.usage)")
    }

    func string(_ index: Int) throws -> String {
        guard case .string(let string) = arguments[index] else { throw wrongType(arguments[index], "a string") }
        return string
    }

    func record(_ index: Int) throws -> Record {
        guard case .record(let record) = arguments[index] else { throw wrongType(arguments[index], "a record") }
        return record
    }

    func run() throws -> Value {
        let x = arguments.first ?? .null
        switch function.name {
        case "len":
            switch x {
            case .string(let string): return .int(string.count)
            case .list(let list): return .int(list.count)
            case .record(let record): return .int(record.count)
            default: throw wrongType(x, "a string, list or record")
            }
        case "keys": return .list(try record(0).keys.map(Value.string))
        case "values": return .list(try record(0).values)
        case "contains": return .bool(try Value.contains(arguments[0], arguments[1]))
        case "lower": return .string(try string(0).lowercased())
        case "upper": return .string(try string(0).uppercased())
        case "now": return .string(now.formatted(Date.ISO8601FormatStyle()))
        case "type": return .string(x.typeName)
        case "int": return try int(x)
        case "str": return .string(x.text())
        case "trim": return .string(try string(0).trimmingCharacters(in: .whitespacesAndNewlines))
        case "split": return try split()
        case "join":
            guard case .list(let list) = arguments[0] else { throw wrongType(arguments[0], "a list") }
            return .string(list.map { $0.text() }.joined(separator: try string(1)))
        case "round": return try round(x)
        default: throw ValueError("unknown function '\(function.name)'")
        }
    }

    /// Converts to an int; decimals are truncated toward zero, strings read as number literals (`"10MB"` too).
    func int(_ x: Value) throws -> Value {
        switch x {
        case .int: return x
        case .bool(let bool): return .int(bool ? 1 : 0)
        case .double(let double):
            guard let int = Int(exactly: double.rounded(.towardZero)) else {
                throw ValueError("int: \(x.text()) does not fit a whole number")
            }
            return .int(int)
        case .string(let string):
            let number = NumberLiteral.parse(string.trimmingCharacters(in: .whitespacesAndNewlines))
            switch number {
            case .int?, .double?: return try int(number ?? .null)
            default: throw ValueError("int: \(x.jsonText()) is not a number", hint: "usage: \(function.usage)")
            }
        default: throw wrongType(x, "a string, number or bool")
        }
    }

    func split() throws -> Value {
        let text = try string(0)
        guard arguments.count == 2 else {
            return .list(text.split(whereSeparator: \.isWhitespace).map { .string(String($0)) })
        }
        let separator = try string(1)
        if separator.isEmpty { return .list(text.map { .string(String($0)) }) }
        return .list(text.components(separatedBy: separator).map(Value.string))
    }

    /// Rounds half away from zero to an int.
    func round(_ x: Value) throws -> Value {
        switch x {
        case .int: return x
        case .double(let double):
            guard let int = Int(exactly: double.rounded()) else { throw ValueError("round: \(x.text()) does not fit a whole number") }
            return .int(int)
        default: throw wrongType(x, "a number")
        }
    }
}
