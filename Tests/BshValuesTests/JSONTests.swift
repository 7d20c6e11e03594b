import BshValues
import Foundation
import Testing

@Suite struct JSONTests {
    @Test func parsesScalarsAndKeepsKeyOrder() throws {
        let value = try json(#" { "z": 1, "a": [true, false, null], "m": -2.5, "s": "x" } "#)
        guard case .record(let record) = value else { Issue.record("not a record"); return }
        #expect(record.keys == ["z", "a", "m", "s"])
        #expect(record["z"] == .int(1))
        #expect(record["a"] == .list([.bool(true), .bool(false), .null]))
        #expect(record["m"] == .double(-2.5))
        #expect(record["s"] == .string("x"))
    }

    @Test func integersBecomeIntsWhenTheyFit() throws {
        #expect(try json("9223372036854775807") == .int(.max))
        #expect(try json("-9223372036854775808") == .int(.min))
        #expect(try json("9223372036854775808") == .double(9223372036854775808))
        #expect(try json("1.0") == .double(1))
        #expect(try json("1e2") == .double(100))
        #expect(try json("-0") == .int(0))
    }

    @Test func numbersBeyondDoubleAreRefused() throws {
        #expect(errorMessage { try json("[1e999]") } == "invalid json at offset 1: number out of range")
        #expect(errorMessage { try json("-2e308") } == "invalid json at offset 0: number out of range")
        #expect(try json("1.7976931348623157e308") == .double(.greatestFiniteMagnitude))
        #expect(try json("1e-999") == .double(0))
    }

    @Test func compactRoundTripKeepsTextAndOrder() throws {
        let text = #"{"b":1,"a":[1.5,2.0,"x\"y\\z\n",{},[]],"c":null,"d":true,"e":"a/b é"}"#
        #expect(try json(text).jsonText() == text)
    }

    @Test func objectsNestedAfterOtherValues() throws {
        let text = #"[1,{"a":2,"b":[3,{"c":{"d":4},"e":5}]},{"a":6,"b":null}]"#
        let value = try json(text)
        #expect(value.jsonText() == text)
        #expect(try value.index(.int(1)).member("b").index(.int(1)) == rec(("c", rec(("d", .int(4)))), ("e", .int(5))))
    }

    @Test func prettyUsesTwoSpaces() throws {
        let value = try json(#"{"a":[1,{"b":null}],"c":{}}"#)
        #expect(value.jsonText(pretty: true) == """
        {
          "a": [
            1,
            {
              "b": null
            }
          ],
          "c": {}
        }
        """)
        #expect(try json(value.jsonText(pretty: true)) == value)
    }

    @Test func escapesAndSurrogatePairs() throws {
        #expect(try json(#""\u00e9\ud83d\ude00\t\/\b\f\r""#) == .string("é😀\t/\u{08}\u{0C}\r"))
        #expect(Value.string("\u{01}😀").jsonText() == #""\u0001😀""#)
        #expect(errorMessage { try json(#""\ud83d""#) } == "invalid json at offset 1: unpaired surrogate in \\u escape")
        #expect(errorMessage { try json(#""\ude00x""#) } == "invalid json at offset 1: unpaired surrogate in \\u escape")
        #expect(errorMessage { try json(#""\u12G4""#) } == "invalid json at offset 1: \\u escape needs four hex digits")
    }

    @Test func malformedInputNamesTheOffset() {
        #expect(errorMessage { try json("") } == "invalid json at offset 0: unexpected end of input, expected a value")
        #expect(errorMessage { try json("[1, 2") } == "invalid json at offset 5: unexpected end of input, expected ',' or ']' in an array")
        #expect(errorMessage { try json(#"{"a" 1}"#) } == "invalid json at offset 5: unexpected character '1', expected ':' after a key")
        #expect(errorMessage { try json("[1,]") } == "invalid json at offset 3: unexpected character ']', expected a value")
        #expect(errorMessage { try json("{1:2}") } == "invalid json at offset 1: unexpected character '1', expected a string key")
        #expect(errorMessage { try json("tru") } == "invalid json at offset 0: invalid literal, expected 'true'")
        #expect(errorMessage { try json("1 2") } == "invalid json at offset 2: unexpected character '2' after the json value")
        #expect(errorMessage { try json("01") } == "invalid json at offset 0: leading zeros are not allowed in numbers")
        #expect(errorMessage { try json("1.") } == "invalid json at offset 2: expected a digit after '.'")
        #expect(errorMessage { try json("\"abc") } == "invalid json at offset 0: unterminated string")
        #expect(errorMessage { try json("\"a\nb\"") } == "invalid json at offset 2: control character in a string (write it as an escape like \\n)")
        #expect(errorMessage { try Value(json: [0x22, 0xFF, 0x22]) } == "invalid json at offset 0: invalid utf-8 in the string")
    }

    @Test func nestingDepthIsLimited() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try json(ok) != .null)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(errorMessage { try json(deep) } == "invalid json at offset 512: nesting deeper than 512 levels")
    }

    @Test func duplicateKeysKeepTheLastValue() throws {
        #expect(try json(#"{"a":1,"b":2,"a":3}"#) == rec(("a", .int(3)), ("b", .int(2))))
    }

    @Test func specialValuesSerialise() {
        #expect(Value.double(.nan).jsonText() == "null")
        #expect(Value.double(.infinity).jsonText() == "null")
        #expect(Value.double(0.1).jsonText() == "0.1")
        #expect(Value.duration(.seconds(30)).jsonText() == #""30s""#)
        #expect(Value.list([]).jsonText(pretty: true) == "[]")
    }

    @Test func parsesDataAndByteArrays() throws {
        #expect(try Value(json: Data("[1]".utf8)) == .list([.int(1)]))
        #expect(try Value(json: Array("\"ü\"".utf8)) == .string("ü"))
    }

    @Test func manyRecordsShareOneKeyArray() throws {
        let count = 100_000
        var text = "["
        for i in 0..<count {
            text += (i == 0 ? "" : ",") + #"{"id":\#(i),"name":"n\#(i)","size":\#(i * 10),"ok":true,"tag":null}"#
        }
        text += "]"
        guard case .list(let list) = try json(text) else { Issue.record("not a list"); return }
        #expect(list.count == count)
        guard case .record(let first) = list[0], case .record(let last) = list[count - 1] else {
            Issue.record("not records"); return
        }
        #expect(first.keys == ["id", "name", "size", "ok", "tag"])
        #expect(first.sharesKeyStorage(with: last))
        #expect(last["size"] == .int((count - 1) * 10))
        let other = Record([("id", .int(1)), ("name", .null), ("size", .null), ("ok", .null), ("tag", .null)])
        #expect(!first.sharesKeyStorage(with: other))
    }
}
