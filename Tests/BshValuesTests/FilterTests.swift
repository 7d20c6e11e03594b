import BshValues
import Testing

@Suite struct FilterTests {
    let files = Value.list([
        rec(("name", .string("a")), ("size", .int(3))),
        rec(("name", .string("b")), ("size", .null)),
        rec(("name", .string("c")), ("size", .double(1.5))),
        rec(("name", .string("d")), ("size", .int(3))),
        rec(("name", .string("e"))),
        rec(("name", .string("f")), ("size", .int(1))),
    ])

    func names(_ value: Value) throws -> [String] {
        guard case .list(let list) = try value.member("name") else { return [] }
        return list.map { $0.text() }
    }

    @Test func sortIsStableWithNullsLast() throws {
        #expect(try names(Filters.sort(files, by: "size")) == ["f", "c", "a", "d", "b", "e"])
        #expect(try names(Filters.sort(files, by: "size", descending: true)) == ["a", "d", "c", "f", "b", "e"])
        #expect(try names(Filters.sort(files, by: "name", descending: true)) == ["f", "e", "d", "c", "b", "a"])
    }

    @Test func sortByElements() throws {
        let values = Value.list([.string("b"), .null, .string("a"), .string("B")])
        #expect(try Filters.sort(values) == .list([.string("B"), .string("a"), .string("b"), .null]))
        let durations = Value.list([.duration(.seconds(5)), .duration(.milliseconds(10))])
        #expect(try Filters.sort(durations) == .list([.duration(.milliseconds(10)), .duration(.seconds(5))]))
        #expect(try Filters.sort(.list([])) == .list([]))
    }

    @Test func sortErrors() {
        let mixed = errorMessage { try Filters.sort(.list([.int(1), .null, .string("a")])) }
        #expect(mixed == "cannot compare a number with a string" || mixed == "cannot compare a string with a number")
        #expect(errorMessage { try Filters.sort(.list([.int(1)]), by: "x") } == "sort by 'x' needs records, found a number")
        #expect(errorMessage { try Filters.sort(.string("x")) } == "sort needs a list, not a string")
    }

    @Test func firstAndLast() throws {
        let list = Value.list([.int(1), .int(2), .int(3)])
        #expect(try Filters.first(list, 2) == .list([.int(1), .int(2)]))
        #expect(try Filters.first(list, 10) == list)
        #expect(try Filters.last(list, 2) == .list([.int(2), .int(3)]))
        #expect(try Filters.last(list, 0) == .list([]))
        #expect(try Filters.first(rec(("a", .int(1))), 1) == .list([rec(("a", .int(1)))]))
        #expect(errorMessage { try Filters.first(list, -1) } == "first needs a count of 0 or more, not -1")
        #expect(errorMessage { try Filters.last(.int(1), 1) } == "last needs a list, not a number")
    }

    @Test func select() throws {
        let picked = try Filters.select(files, ["size", "missing"])
        guard case .list(let list) = picked else { Issue.record("not a list"); return }
        #expect(list[0] == rec(("size", .int(3)), ("missing", .null)))
        #expect(list[4] == rec(("size", .null), ("missing", .null)))
        #expect(try Filters.select(rec(("a", .int(1)), ("b", .int(2))), ["b"]) == rec(("b", .int(2))))
        #expect(errorMessage { try Filters.select(.list([.int(1)]), ["a"]) } == "select needs records, found a number")
    }

    @Test func count() throws {
        #expect(try Filters.count(files) == .int(6))
        #expect(try Filters.count(rec()) == .int(1))
        #expect(errorMessage { try Filters.count(.null) } == "count needs a list, not null")
    }

    @Test func unique() throws {
        let values = Value.list([.int(1), .double(1), .string("1"), .int(2), .int(1), .null, .null])
        #expect(try Filters.unique(values) == .list([.int(1), .string("1"), .int(2), .null]))
        #expect(try names(Filters.unique(files, by: "size")) == ["a", "b", "c", "f"])
    }

    @Test func toJSON() throws {
        #expect(Filters.toJSON(.list([.int(1)])) == .string("[\n  1\n]"))
        #expect(Filters.toJSON(.string("a")) == .string(#""a""#))
    }

    @Test func toCSV() throws {
        let list = Value.list([
            rec(("name", .string("a,b")), ("n", .int(1))),
            rec(("name", .string("say \"hi\"")), ("tags", .list([.string("x")]))),
            rec(("name", .string("two\nlines")), ("n", .null)),
        ])
        #expect(try Filters.toCSV(list) == .string("""
        name,n,tags
        "a,b",1,
        "say ""hi\""",,"[""x""]"
        "two
        lines",,

        """))
        #expect(try Filters.toCSV(.list([.int(1), .string("a b"), .null])) == .string("value\n1\na b\n\n"))
        #expect(try Filters.toCSV(.list([])) == .string(""))
        #expect(try Filters.toCSV(rec(("a", .bool(true)))) == .string("a\ntrue\n"))
        #expect(errorMessage { try Filters.toCSV(.list([rec(), .int(1)])) } == "to csv needs a list of records or a list of plain values, not a mix")
    }
}
