import Foundation
import TextDistance

/// The built-in functions of the language, e.g. `len($x)`.
public enum Builtins {
    struct Function: Sendable {
        let name: String
        let usage: String
        let arity: ClosedRange<Int>
    }

    static let functions: [Function] = [
        Function(name: "len", usage: "len(x): characters of a string, elements of a list, fields of a record", arity: 1...1),
        Function(name: "keys", usage: "keys(record)", arity: 1...1),
        Function(name: "values", usage: "values(record)", arity: 1...1),
        Function(name: "contains", usage: "contains(container, item)", arity: 2...2),
        Function(name: "lower", usage: "lower(string)", arity: 1...1),
        Function(name: "upper", usage: "upper(string)", arity: 1...1),
        Function(name: "now", usage: "now()", arity: 0...0),
        Function(name: "type", usage: "type(x)", arity: 1...1),
        Function(name: "int", usage: "int(x): a whole number from a string, number or bool", arity: 1...1),
        Function(name: "str", usage: "str(x)", arity: 1...1),
        Function(name: "trim", usage: "trim(string)", arity: 1...1),
        Function(name: "split", usage: "split(string[, separator]): without a separator, at runs of whitespace", arity: 1...2),
        Function(name: "join", usage: "join(list, separator)", arity: 2...2),
        Function(name: "round", usage: "round(number)", arity: 1...1),
    ]

    /// The names of all built-in functions.
    public static let names: [String] = functions.map(\.name)

    /// How to call a built-in function, e.g. "trim(string)"; nil for an unknown name.
    public static func usage(of name: String) -> String? {
        functions.first { $0.name == name }?.usage
    }

    /// Calls a built-in function. Errors name the function and its usage; an unknown
    /// name gets a "did you mean" hint. `now` is the time `now()` returns.
    public static func call(_ name: String, _ arguments: [Value], now: Date = Date()) throws -> Value {
        guard let function = functions.first(where: { $0.name == name }) else {
            let hint = EditDistance.closest(to: name, in: names).map { "did you mean '\($0)'?" }
            throw ValueError("unknown function '\(name)'", hint: hint ?? "functions: " + names.joined(separator: ", "))
        }
        guard function.arity.contains(arguments.count) else {
            let expected = function.arity.count == 1 ? "\(function.arity.lowerBound)" : "\(function.arity.lowerBound) or \(function.arity.upperBound)"
            let noun = function.arity == 1...1 ? "argument" : "arguments"
            throw ValueError("\(name) takes \(expected) \(noun), not \(arguments.count)", hint: "usage: \(function.usage)")
        }
        return try BuiltinCall(function: function, arguments: arguments, now: now).run()
    }
}
