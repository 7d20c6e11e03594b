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

@Suite struct RendererDisplayTests {
    @Test func valueTablesShowColumnsByWhatTheyHold() throws {
        let value = try json("""
            [{"id": "8f135b4f-7a69-4b8a-947f-5e80d772fd97", "name": "web01", "bytes": 2048, "time": "2026-12-04T12:00:00Z", "ok": true},
             {"id": "c4a9e0d2-7b3f-4c1e-8d65-2f9a0b7e13c8", "name": "db01", "bytes": 10019724, "time": null, "ok": false}]
            """)
        let display = TableDisplay(width: 80, now: TimestampText.seconds("2026-12-04T15:00:00Z")!)
        #expect(ValueRenderer.render(value, display: display) == """
            ID        NAME     BYTES  TIME              OK
            8f135b4f  web01  2.0 KiB  2026-12-04 12:00  true
            c4a9e0d2  db01   9.6 MiB  -                 false

            """)
        // Through a pipe: as before.
        #expect(ValueRenderer.render(value).contains("8f135b4f-7a69-4b8a-947f-5e80d772fd97  web01      2048  2026-12-04T12:00:00Z"))
    }

    @Test func namesAndNumbersAreNotTakenForIDsOrSizes() throws {
        let value = try json(#"[{"id": "web-primary-database", "size": 2048, "bytes": "many", "when": "soon"}]"#)
        #expect(ValueRenderer.render(value, display: TableDisplay(width: 80, now: 0)) == """
            ID                    SIZE  BYTES  WHEN
            web-primary-database  2048  many   soon

            """)
    }
}
