import BshValues
import Testing

@Suite struct RendererTests {
    @Test func listOfRecordsIsATable() {
        let value = Value.list([
            rec(("name", .string("web-01")), ("size", .int(1024)), ("tags", .list([.string("a")]))),
            rec(("name", .string("db")), ("size", .double(2.5)), ("age", .duration(.seconds(90)))),
            rec(("name", .null)),
        ])
        #expect(ValueRenderer.render(value) == """
        NAME    SIZE  TAGS   AGE
        web-01  1024  ["a"]  -
        db       2.5  -      1m30s
        -          -  -      -

        """)
        #expect(ValueRenderer.render(value, boldHeader: true).hasPrefix("\u{1B}[1mNAME"))
    }

    @Test func recordIsKeyValueLines() {
        let value = rec(("id", .int(7)), ("hostname", .string("web")), ("tags", .list([.int(1), .int(2)])), ("x", .null))
        #expect(ValueRenderer.render(value) == """
        id        7
        hostname  web
        tags      [1,2]
        x         -

        """)
    }

    @Test func scalarsAndPlainLists() {
        #expect(ValueRenderer.render(.int(3)) == "3\n")
        #expect(ValueRenderer.render(.string("hi")) == "hi\n")
        #expect(ValueRenderer.render(.null) == "null\n")
        #expect(ValueRenderer.render(.list([])) == "")
        #expect(ValueRenderer.render(rec()) == "")
        #expect(ValueRenderer.render(.list([.string("a"), .double(1.5), rec(("k", .int(1)))])) == "a\n1.5\n{\"k\":1}\n")
    }

    @Test func textForms() {
        #expect(Value.double(1.5).text() == "1.5")
        #expect(Value.bool(false).text() == "false")
        #expect(Value.duration(.milliseconds(500)).text() == "500ms")
        #expect(Value.duration(.seconds(-5)).text() == "-5s")
        #expect(Value.string("a\"b").text() == "a\"b")
        #expect(rec(("a", .string("x"))).text() == #"{"a":"x"}"#)
    }
}
