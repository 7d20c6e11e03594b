import JSONText
import Testing

@Suite("JSON strings")
struct JSONStringTests {
    private func decode(_ text: String, from start: Int = 0) -> (Result<String, JSONString.Failure>, end: Int) {
        let bytes = Array(text.utf8)
        var index = start
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONString.Failure) -> String in try JSONString.decode(buffer, at: &index) }
        }
        return (result, index)
    }

    private func failure(_ text: String) -> JSONString.Failure? {
        if case .failure(let failure) = decode(text).0 { return failure }
        return nil
    }

    @Test func aPlainStringEndsPastItsQuote() throws {
        let (result, end) = decode(#"["web01", 1]"#, from: 1)
        #expect(try result.get() == "web01")
        #expect(end == 8)
    }

    @Test func escapesAreApplied() throws {
        #expect(try decode(#""a\"b\\c\/d\b\f\n\r\t""#).0.get() == "a\"b\\c/d\u{08}\u{0C}\n\r\t")
        #expect(try decode(#""caf\u00e9 \u65E5""#).0.get() == "café 日")
        #expect(try decode(#""\ud83d\ude00!""#).0.get() == "😀!")
        #expect(try decode("\"日本\"").0.get() == "日本")
    }

    @Test func malformedStringsSayWhatAndWhere() {
        #expect(failure(#""abc"#) == .init(kind: .unterminated, offset: 0))
        #expect(failure(#""ab\"#) == .init(kind: .unterminated, offset: 3))
        #expect(failure("\"a\nb\"") == .init(kind: .controlCharacter, offset: 2))
        #expect(failure(#""a\qb""#) == .init(kind: .invalidEscape(UInt8(ascii: "q")), offset: 2))
        #expect(failure(#""\u12G4""#) == .init(kind: .badHexDigits, offset: 1))
        #expect(failure(#""\u12""#) == .init(kind: .badHexDigits, offset: 1))
        #expect(failure(#""\ud83d""#) == .init(kind: .unpairedSurrogate, offset: 1))
        #expect(failure(#""\ud83d\u0041""#) == .init(kind: .unpairedSurrogate, offset: 1))
        #expect(failure(#""\ud83d \ude00""#) == .init(kind: .unpairedSurrogate, offset: 1))
        #expect(failure(#""\ud83d\uZZZZ""#) == .init(kind: .badHexDigits, offset: 7))
        #expect(failure(#""\ude00x""#) == .init(kind: .unpairedSurrogate, offset: 1))
        let invalid: [UInt8] = [0x22, 0xFF, 0x22]
        var index = 0
        let result = invalid.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONString.Failure) -> String in try JSONString.decode(buffer, at: &index) }
        }
        #expect(throws: JSONString.Failure(kind: .invalidUTF8, offset: 0)) { try result.get() }
    }
}
