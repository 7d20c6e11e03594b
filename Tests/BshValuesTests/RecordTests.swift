import BshValues
import Testing

@Suite struct RecordTests {
    @Test func keepsInsertionOrderAndReplacesInPlace() {
        var record = Record([("b", .int(1)), ("a", .int(2))])
        record.set("c", .int(3))
        record.set("b", .string("x"))
        #expect(record.keys == ["b", "a", "c"])
        #expect(record.values == [.string("x"), .int(2), .int(3)])
        #expect(record.count == 3)
        #expect(record["a"] == .int(2))
        #expect(record["zz"] == nil)
        #expect(record.fields.map(\.key) == ["b", "a", "c"])
    }

    @Test func equalityIsOrderSensitive() {
        let ab = Record([("a", .int(1)), ("b", .int(2))])
        let ba = Record([("b", .int(2)), ("a", .int(1))])
        #expect(ab != ba)
        #expect(ab == Record([("a", .int(1)), ("b", .int(2))]))
    }

    @Test func typeNames() {
        #expect(Value.int(1).typeName == "number")
        #expect(Value.double(1).typeName == "number")
        #expect(Value.duration(.seconds(1)).typeName == "duration")
        #expect(rec().typeName == "record")
        #expect(Value.null.typeName == "null")
    }
}
