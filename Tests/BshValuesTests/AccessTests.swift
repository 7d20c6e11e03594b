import BshValues
import Testing

@Suite struct AccessTests {
    let agents = Value.list([rec(("name", .string("a")), ("id", .int(1))), rec(("name", .string("b"))), .null])

    @Test func memberOfRecordsListsAndNull() throws {
        #expect(try rec(("x", .int(1))).member("x") == .int(1))
        #expect(try rec(("x", .int(1))).member("y") == .null)
        #expect(try agents.member("name") == .list([.string("a"), .string("b"), .null]))
        #expect(try agents.member("id") == .list([.int(1), .null, .null]))
        #expect(try Value.null.member("x") == .null)
        #expect(errorMessage { try Value.string("s").member("x") } == "a string has no field 'x'")
        #expect(errorMessage { try Value.list([.int(1)]).member("x") } == "a number has no field 'x'")
    }

    @Test func indexLists() throws {
        let list = Value.list([.int(10), .int(20), .int(30)])
        #expect(try list.index(.int(0)) == .int(10))
        #expect(try list.index(.int(-1)) == .int(30))
        #expect(try list.index(.int(-3)) == .int(10))
        #expect(try list.index(.int(-4)) == .null)
        #expect(try list.index(.int(3)) == .null)
        #expect(try list.index(.int(.min)) == .null)
        #expect(try list.index(.double(1)) == .int(20))
        #expect(errorMessage { try list.index(.string("a")) } == "a list index must be a whole number, not a string")
        #expect(errorMessage { try list.index(.double(1.5)) } != nil)
    }

    @Test func indexStringsAndRecords() throws {
        #expect(try Value.string("héllo").index(.int(1)) == .string("é"))
        #expect(try Value.string("héllo").index(.int(-1)) == .string("o"))
        #expect(try Value.string("abc").index(.int(5)) == .null)
        #expect(try rec(("a", .int(1))).index(.string("a")) == .int(1))
        #expect(try rec(("a", .int(1))).index(.string("b")) == .null)
        #expect(errorMessage { try rec(("a", .int(1))).index(.int(0)) } == "a record is indexed by a field name, not a number")
        #expect(try Value.null.index(.int(0)) == .null)
        #expect(errorMessage { try Value.int(5).index(.int(0)) } == "cannot index a number")
    }
}
