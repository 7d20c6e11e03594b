import BshValues
import Foundation
import Testing

@Suite struct BuiltinTests {
    func call(_ name: String, _ arguments: Value...) throws -> Value {
        try Builtins.call(name, arguments, now: Date(timeIntervalSince1970: 1_795_473_600))
    }

    @Test func len() throws {
        #expect(try call("len", .string("héllo")) == .int(5))
        #expect(try call("len", .list([.null, .null])) == .int(2))
        #expect(try call("len", rec(("a", .null))) == .int(1))
        #expect(errorMessage { try call("len", .int(3)) } == "len needs a string, list or record, not a number")
        #expect(errorMessage { try call("len") } == "len takes 1 argument, not 0")
    }

    @Test func keysValuesContains() throws {
        let record = rec(("b", .int(1)), ("a", .string("x")))
        #expect(try call("keys", record) == .list([.string("b"), .string("a")]))
        #expect(try call("values", record) == .list([.int(1), .string("x")]))
        #expect(errorMessage { try call("keys", .list([])) } == "keys needs a record, not a list")
        #expect(try call("contains", .list([.int(1)]), .double(1)) == .bool(true))
        #expect(try call("contains", .string("abc"), .string("bc")) == .bool(true))
        #expect(try call("contains", record, .string("c")) == .bool(false))
        #expect(errorMessage { try call("contains", .list([])) } == "contains takes 2 arguments, not 1")
    }

    @Test func textFunctions() throws {
        #expect(try call("lower", .string("AbC")) == .string("abc"))
        #expect(try call("upper", .string("AbC")) == .string("ABC"))
        #expect(errorMessage { try call("upper", .int(1)) } == "upper needs a string, not a number")
        #expect(try call("trim", .string("  a b \n")) == .string("a b"))
        #expect(try call("split", .string("a,b,,c"), .string(",")) == .list(["a", "b", "", "c"].map(Value.string)))
        #expect(try call("split", .string(" a  b\tc ")) == .list(["a", "b", "c"].map(Value.string)))
        #expect(try call("split", .string("ab"), .string("")) == .list(["a", "b"].map(Value.string)))
        #expect(errorMessage { try call("split") } == "split takes 1 or 2 arguments, not 0")
        #expect(try call("join", .list([.string("a"), .int(1), .null]), .string("-")) == .string("a-1-null"))
        #expect(errorMessage { try call("join", .string("a"), .string("-")) } == "join needs a list, not a string")
    }

    @Test func nowTypeStr() throws {
        #expect(try call("now") == .string("2026-11-23T22:40:00Z"))
        #expect(errorMessage { try call("now", .int(1)) } == "now takes 0 arguments, not 1")
        #expect(try call("type", .double(1.5)) == .string("number"))
        #expect(try call("type", .null) == .string("null"))
        #expect(try call("str", .duration(.seconds(30))) == .string("30s"))
        #expect(try call("str", .list([.string("a")])) == .string(#"["a"]"#))
        #expect(try call("str", .double(2)) == .string("2.0"))
    }

    @Test func intAndRound() throws {
        #expect(try call("int", .string(" 42 ")) == .int(42))
        #expect(try call("int", .string("2.9")) == .int(2))
        #expect(try call("int", .string("10MB")) == .int(10_000_000))
        #expect(try call("int", .double(-2.7)) == .int(-2))
        #expect(try call("int", .bool(true)) == .int(1))
        #expect(errorMessage { try call("int", .string("abc")) } == #"int: "abc" is not a number"#)
        #expect(errorMessage { try call("int", .double(1e300)) } != nil)
        #expect(errorMessage { try call("int", .null) } == "int needs a string, number or bool, not null")
        #expect(try call("round", .double(2.5)) == .int(3))
        #expect(try call("round", .double(-2.5)) == .int(-3))
        #expect(try call("round", .int(7)) == .int(7))
        #expect(errorMessage { try call("round", .double(.nan)) } != nil)
        #expect(errorMessage { try call("round", .string("1")) } == "round needs a number, not a string")
    }

    @Test func unknownNamesGetSuggestions() {
        do {
            _ = try call("lenn", .string("a"))
            Issue.record("no error")
        } catch let error as ValueError {
            #expect(error.message == "unknown function 'lenn'")
            #expect(error.hint == "did you mean 'len'?")
        } catch {
            Issue.record("wrong error")
        }
        #expect(Builtins.names.contains("round"))
        #expect(Builtins.names.count == 14)
        #expect(Builtins.usage(of: "join") == "join(list, separator)")
    }
}
