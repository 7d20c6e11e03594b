import BshValues
import Testing

@Suite struct ColumnTableTests {
    /// Four entries: every shape of the two optional columns, a name that is not ASCII, an empty name.
    static let built = ColumnTable(count: 4, columns: [
        ("bytes", .ints([231, 4096, 0, 1])),
        ("mime_type", .coded(choices: [.string("text/plain"), nil, .string("inode/directory")], codes: [0, 1, 2, 1])),
        ("name", .texts(bytes: Array("hostscafé".utf8) + Array("x".utf8), ends: [5, 10, 11, 11])),
        ("name_encoded", .sparse([1: .string("Y2Fm6Q=="), 2: .string("eA==")])),
    ])

    var table: ColumnTable {
        get throws { try #require(Self.built) }
    }

    /// The same entries as records built field by field.
    static let plain: [Value] = [
        rec(("bytes", .int(231)), ("mime_type", .string("text/plain")), ("name", .string("hosts"))),
        rec(("bytes", .int(4096)), ("name", .string("café")), ("name_encoded", .string("Y2Fm6Q=="))),
        rec(
            ("bytes", .int(0)), ("mime_type", .string("inode/directory")), ("name", .string("x")),
            ("name_encoded", .string("eA=="))),
        rec(("bytes", .int(1)), ("name", .string(""))),
    ]

    @Test func rowsEqualTheRecordsBuiltFieldByField() throws {
        let rows = try table.records
        #expect(rows == Self.plain)
        #expect(Self.plain == rows)
        #expect(try table.record(at: 1)["name"] == .string("café"))
        #expect(try table.record(at: 1)["mime_type"] == nil)
        #expect(try table.record(at: 0)["name_encoded"] == nil)
        #expect(try table.record(at: 0)["nope"] == nil)
        #expect(try table.record(at: 2).count == 4)
        #expect(rows[0] != rows[3])
    }

    @Test func rowsOfOneShapeShareTheirKeys() throws {
        let table = try self.table
        let more = try #require(
            ColumnTable(count: 2, columns: [("a", .ints([1, 2])), ("b", .texts(bytes: Array("xy".utf8), ends: [1, 2]))]))
        #expect(more.record(at: 0).sharesKeyStorage(with: more.record(at: 1)))
        #expect(!table.record(at: 0).sharesKeyStorage(with: table.record(at: 1)))
    }

    @Test func convertsToJSONLikeTheRecordsAndBack() throws {
        let text = Value.list(try table.records).jsonText()
        #expect(text == Value.list(Self.plain).jsonText())
        #expect(try Value(json: text) == .list(Self.plain))
        #expect(Value.list(try table.records).jsonText(pretty: true) == Value.list(Self.plain).jsonText(pretty: true))
    }

    @Test func filtersWorkOverRowsAsOverRecords() throws {
        let rows = Value.list(try table.records), plain = Value.list(Self.plain)
        #expect(try Filters.sort(rows, by: "bytes") == Filters.sort(plain, by: "bytes"))
        #expect(try Filters.sort(rows, by: "name", descending: true) == Filters.sort(plain, by: "name", descending: true))
        #expect(try Filters.count(rows) == .int(4))
        #expect(try Filters.unique(rows, by: "mime_type") == Filters.unique(plain, by: "mime_type"))
        #expect(try Filters.select(rows, ["name", "mime_type"]) == Filters.select(plain, ["name", "mime_type"]))
        #expect(try Filters.toCSV(rows) == Filters.toCSV(plain))
        let large = try #require(rows.listElements).filter { row in
            if case .int(let bytes) = row.field("bytes") { bytes > 100 } else { false }
        }
        #expect(large == [Self.plain[0], Self.plain[1]])
    }

    @Test func rowsNestLikeTheRecords() throws {
        #expect(try Value.list(checking: table.records) == .list(Self.plain))
        let nested = try #require(ColumnTable(count: 1, columns: [("a", .sparse([0: .list([.int(1)])]))]))
        #expect(try Value.list(checking: nested.records) == .list([rec(("a", .list([.int(1)])))]))
        // A list of rows holding 510 nested lists nests 512 levels deep, the most allowed; one more is too many.
        var deep = Value.int(0)
        for _ in 0..<(Value.maximumDepth - 2) { deep = .list([deep]) }
        let deepest = try #require(ColumnTable(count: 1, columns: [("a", .sparse([0: deep]))]))
        #expect(throws: Never.self) { try Value.list(checking: deepest.records) }
        let tooDeep = try #require(ColumnTable(count: 1, columns: [("a", .sparse([0: .list([deep])]))]))
        #expect(throws: ValueError.self) { try Value.list(checking: tooDeep.records) }
        #expect(throws: ValueError.self) { try Value.list(checking: [.record(Record([("a", .list([deep]))]))]) }
    }

    @Test func aRowTakesNoMoreRoomInAListThanARecord() {
        // Two words, like the two arrays of a record built field by field: a list slot stays 24 bytes.
        #expect(MemoryLayout<Record>.size == 16)
        #expect(MemoryLayout<Value>.stride == 24)
    }

    @Test func changingAFieldCopiesTheRowOut() throws {
        var record = try table.record(at: 0)
        record.set("bytes", .int(7))
        record.set("extra", .bool(true))
        #expect(record.keys == ["bytes", "mime_type", "name", "extra"])
        #expect(record["bytes"] == .int(7))
        #expect(try table.record(at: 0)["bytes"] == .int(231))
    }

    @Test func refusesColumnsThatDoNotFit() throws {
        #expect(ColumnTable(count: 2, columns: [("a", .ints([1]))]) == nil)
        #expect(ColumnTable(count: 1, columns: [("a", .ints([1])), ("a", .ints([2]))]) == nil)
        #expect(ColumnTable(count: 2, columns: [("a", .texts(bytes: [0x61], ends: [1, 3]))]) == nil)
        #expect(ColumnTable(count: 2, columns: [("a", .texts(bytes: [0x61, 0x62], ends: [2, 1]))]) == nil)
        #expect(ColumnTable(count: 1, columns: [("a", .coded(choices: [nil], codes: [1]))]) == nil)
        let many = (0...ColumnTable.maximumOptionalColumns).map { (name: "c\($0)", column: TableColumn.sparse([:])) }
        #expect(ColumnTable(count: 1, columns: many) == nil)
        #expect(ColumnTable(count: -1, columns: []) == nil)
        #expect(ColumnTable(count: 0, columns: [])?.records == [])
    }
}

private extension Value {
    var listElements: [Value]? {
        if case .list(let elements) = self { return elements }
        return nil
    }

    func field(_ name: String) -> Value? {
        if case .record(let record) = self { return record[name] }
        return nil
    }
}
